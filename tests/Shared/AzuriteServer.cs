using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Leitmotif.Tests.Shared;

/// <summary>
/// Azurite (the Azure Storage emulator) from <c>infra/local/.azurite</c>, started on free loopback ports for one test class
/// and stopped by its process id. <see cref="SkipReason"/> says why tests cannot run when it is not installed.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's published development account key (not a secret).</summary>
    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private readonly string? _location;
    private Process? _process;

    private AzuriteServer(string? location) => _location = location;

    /// <summary>Blob service port on 127.0.0.1.</summary>
    public int BlobPort { get; private set; }

    /// <summary>Table service port on 127.0.0.1.</summary>
    public int TablePort { get; private set; }

    /// <summary>Connection string of the development account on this server's ports.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>The repository root (the folder holding Orchestration.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Orchestration.sln"))) return dir.FullName;
            throw new InvalidOperationException("Orchestration.sln not found above the test assembly");
        }
    }

    /// <summary>The Azurite entry script, installed by .ci/run or infra/local/cluster.sh.</summary>
    public static string Script => Path.Combine(RepositoryRoot, "infra", "local", ".azurite", "node_modules", "azurite", "dist", "src", "azurite.js");

    /// <summary>Null when Azurite can run here, else why not.</summary>
    public static string? SkipReason =>
        !File.Exists(Script) ? $"Azurite is not installed at {Script}; run 'npm install --prefix infra/local/.azurite azurite@3.37.0' (.ci/run does)"
        : FindOnPath("node") == null ? "node is not on PATH; Azurite needs it"
        : null;

    /// <summary>Starts Azurite; in memory, or persisted in <paramref name="location"/> so that it survives <see cref="RestartAsync"/>.</summary>
    public static async Task<AzuriteServer> StartAsync(string? location = null)
    {
        var server = new AzuriteServer(location);
        await server.LaunchAsync(0, 0);
        return server;
    }

    /// <summary>Kills Azurite and starts it again on the same ports (only meaningful with a location).</summary>
    public async Task RestartAsync(TimeSpan downtime)
    {
        Stop();
        await Task.Delay(downtime);
        await LaunchAsync(BlobPort, TablePort);
    }

    /// <summary>Kills the process (by its id) if it runs.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit(10_000);
        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private async Task LaunchAsync(int blobPort, int tablePort)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Script, "--blobHost", "127.0.0.1", "--blobPort", $"{blobPort}", "--tableHost", "127.0.0.1",
                     "--tablePort", $"{tablePort}", "--queueHost", "127.0.0.1", "--queuePort", "0", "--skipApiVersionCheck", "--loose" })
            start.ArgumentList.Add(a);
        if (_location == null) start.ArgumentList.Add("--inMemoryPersistence");
        else { start.ArgumentList.Add("--location"); start.ArgumentList.Add(_location); }
        var blob = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var table = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data == null) return;
            var m = Listening().Match(e.Data);
            if (!m.Success) return;
            (m.Groups[1].Value == "Blob" ? blob : m.Groups[1].Value == "Table" ? table : null)?.TrySetResult(int.Parse(m.Groups[2].Value));
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            using var limit = new CancellationTokenSource(StartLimit);
            BlobPort = await blob.Task.WaitAsync(limit.Token);
            TablePort = await table.Task.WaitAsync(limit.Token);
        }
        catch
        {
            Stop();
            throw;
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    [GeneratedRegex(@"Azurite (Blob|Table) service is successfully listening at http://127\.0\.0\.1:(\d+)")]
    private static partial Regex Listening();
}
