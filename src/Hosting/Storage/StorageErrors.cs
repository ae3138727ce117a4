using System.Net.Sockets;
using Azure;

using Leitmotif.Core.Storage;

namespace Leitmotif.Hosting.Storage;

/// <summary>Safe descriptions of storage failures: what went wrong, without the account, endpoint or connection string.</summary>
public static class StorageErrors
{
    /// <summary>Whether <paramref name="e"/> (or an inner exception) comes from the storage service or the network to it.</summary>
    public static bool IsStorageFailure(Exception e) => Causes(e).Any(x =>
        x is RequestFailedException or HttpRequestException or SocketException or IOException or TaskCanceledException
            or StorageException);

    /// <summary>A one-line description of <paramref name="e"/> that names no account, endpoint or secret.</summary>
    public static string Describe(Exception e)
    {
        foreach (var cause in Causes(e))
        {
            switch (cause)
            {
                case StorageException s: return s.Message;
                case RequestFailedException r when r.Status == 0: return "storage service unreachable";
                case RequestFailedException r: return $"storage service answered {r.Status} {r.ErrorCode}".TrimEnd();
                case SocketException s: return $"storage service unreachable ({s.SocketErrorCode})";
                case HttpRequestException h when h.HttpRequestError != HttpRequestError.Unknown:
                    return $"storage service unreachable ({h.HttpRequestError})";
                case TaskCanceledException: return "storage request timed out";
            }
        }
        return $"storage failure ({e.GetType().Name})";
    }

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (var current = e; current != null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                    yield return inner;
        }
    }
}
