using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Leitmotif.Core.Tests.TestSupport;

/// <summary>
/// An HTTP server on a free loopback port, in this process, serving files by name (<c>/&lt;name&gt;</c>) and 404 for others.
/// A name in <see cref="CutShort"/> is answered with its full length declared but only its first half sent before the connection
/// is dropped: a download interrupted half way.
/// </summary>
public sealed class LocalFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, byte[]> _files;

    /// <summary>Serves <paramref name="files"/>: content by file name.</summary>
    public LocalFileServer(IReadOnlyDictionary<string, byte[]> files)
    {
        _files = files;
        BaseUri = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(BaseUri.AbsoluteUri);
        _listener.Start();
        _ = ServeAsync();
    }

    /// <summary>The server's address, with a trailing slash.</summary>
    public Uri BaseUri { get; }

    /// <summary>The names requested so far, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Names whose download is cut off half way.</summary>
    public ConcurrentDictionary<string, bool> CutShort { get; } = new();

    /// <summary>A loopback port nothing listens on (just released by the system).</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        string name = context.Request.Url!.AbsolutePath.TrimStart('/');
        Requests.Enqueue(name);
        var response = context.Response;
        if (!_files.TryGetValue(name, out var content))
        {
            response.StatusCode = (int)HttpStatusCode.NotFound;
            response.Close();
            return;
        }
        response.ContentLength64 = content.Length;
        if (CutShort.ContainsKey(name))
        {
            response.OutputStream.Write(content, 0, content.Length / 2);
            response.OutputStream.Flush();
            response.Abort();
            return;
        }
        response.OutputStream.Write(content);
        response.Close();
    }

    /// <summary>Stops the server.</summary>
    public void Dispose() => _listener.Close();
}
