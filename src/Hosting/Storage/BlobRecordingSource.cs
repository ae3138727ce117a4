using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Leitmotif.Core;
using Leitmotif.Core.Audio;

namespace Leitmotif.Hosting.Storage;

/// <summary>
/// Recordings in Azure Blob Storage, read by every silo from the blob itself, so that a cluster needs no shared disk.
/// Locations are <c>az://&lt;container&gt;/&lt;blob name or prefix&gt;</c> in the configured account, or the URI form of the
/// Azure SDK (<c>https://&lt;account&gt;.blob.core.windows.net/&lt;container&gt;/&lt;prefix&gt;</c>, or Azurite's
/// <c>http://127.0.0.1:10000/&lt;account&gt;/&lt;container&gt;/&lt;prefix&gt;</c>) naming that account; a recording is
/// named, and identified, by its <c>az://</c> form whichever was given. Audio is streamed: a reader fetches the blob in
/// blocks as it decodes.
/// </summary>
public sealed class BlobRecordingSource(BlobServiceClient account) : IRecordingSource
{
    /// <summary>The scheme of locations in the configured account.</summary>
    public const string Scheme = "az://";

    public bool Handles(string location) =>
        location.StartsWith(Scheme, StringComparison.Ordinal) || IsAccountUri(location);

    public string Normalise(string root)
    {
        var (container, name) = Parse(root);
        return $"{Scheme}{container}/{name}";
    }

    public IEnumerable<string> Enumerate(string root, string? after = null)
    {
        var (container, prefix) = Parse(root);
        var afterName = after == null ? null : Parse(after).Name;
        bool any = false;
        foreach (var name in BlobNames(container, prefix))
        {
            // The prefix itself when it names one blob (taken whatever its extension, as a named file is); else the audio below it.
            if (name != prefix && !AudioFileWalk.Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)) continue;
            any = true;
            if (afterName == null || string.CompareOrdinal(name, afterName) > 0) yield return $"{Scheme}{container}/{name}";
        }
        if (!any && afterName == null) yield return Normalise(root); // reported as not found, never skipped in silence
    }

    public RecordingStamp Stamp(string location)
    {
        try
        {
            var properties = Blob(location).GetProperties().Value;
            return new RecordingStamp(properties.ContentLength, properties.ETag.ToString());
        }
        catch (RequestFailedException e)
        {
            throw Failure(location, e);
        }
    }

    public bool Exists(string location)
    {
        try
        {
            return Blob(location).Exists().Value;
        }
        catch (RequestFailedException e)
        {
            throw Failure(location, e);
        }
    }

    public Stream Open(string location)
    {
        try
        {
            return Blob(location).OpenRead(new BlobOpenReadOptions(allowModifications: false));
        }
        catch (RequestFailedException e)
        {
            throw Failure(location, e);
        }
    }

    private IEnumerable<string> BlobNames(string container, string prefix)
    {
        var pages = account.GetBlobContainerClient(container).GetBlobs(BlobTraits.None, BlobStates.None, prefix, CancellationToken.None).AsPages();
        using var pageEnumerator = pages.GetEnumerator();
        while (true)
        {
            try
            {
                if (!pageEnumerator.MoveNext()) yield break;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                yield break; // no such container: the root is reported as not found
            }
            foreach (var item in pageEnumerator.Current.Values) yield return item.Name;
        }
    }

    private BlobClient Blob(string location)
    {
        var (container, name) = Parse(location);
        return account.GetBlobContainerClient(container).GetBlobClient(name);
    }

    private static InputException Failure(string location, RequestFailedException e) =>
        e.Status == 404 ? new InputException(location, "blob not found") : new InputException(location, StorageErrors.Describe(e));

    private bool IsAccountUri(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
        && new BlobUriBuilder(uri).AccountName == account.AccountName;

    /// <summary>The container and blob name (or prefix) of an <c>az://</c> location or an account URI.</summary>
    private (string Container, string Name) Parse(string location)
    {
        if (location.StartsWith(Scheme, StringComparison.Ordinal))
        {
            var path = location[Scheme.Length..];
            int slash = path.IndexOf('/');
            var container = slash < 0 ? path : path[..slash];
            if (container.Length == 0) throw new InputException(location, "no container named; use az://<container>/<prefix>");
            return (container, slash < 0 ? "" : path[(slash + 1)..]);
        }
        var parts = new BlobUriBuilder(new Uri(location));
        if (string.IsNullOrEmpty(parts.BlobContainerName)) throw new InputException(location, "no container named in the URI");
        return (parts.BlobContainerName, parts.BlobName ?? "");
    }
}
