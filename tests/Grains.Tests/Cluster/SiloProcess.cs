using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Leitmotif.Tests.Shared;

namespace Leitmotif.Grains.Tests.Cluster;

/// <summary>One <c>dotnet Leitmotif.Silo.dll</c> process in azure mode on loopback ports, logging to a file; killed by its PID.</summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;

    private SiloProcess(Process process, int siloPort, int gatewayPort) => (_process, SiloPort, GatewayPort) = (process, siloPort, gatewayPort);

    /// <summary>The silo-to-silo port.</summary>
    public int SiloPort { get; }

    /// <summary>The gateway port.</summary>
    public int GatewayPort { get; }

    /// <summary>Whether the process still runs.</summary>
    public bool Running => !_process.HasExited;

    /// <summary>The built silo: src/Silo/bin/&lt;configuration of these tests&gt;/net10.0/Leitmotif.Silo.dll.</summary>
    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(AzuriteServer.RepositoryRoot, "src", "Silo", "bin", configuration, "net10.0", "Leitmotif.Silo.dll");
        }
    }

    /// <summary>Starts a silo of cluster <paramref name="clusterId"/> on storage <paramref name="connectionString"/>.</summary>
    public static SiloProcess Start(string connectionString, string clusterId, string folder, string name)
    {
        int siloPort = FreePort(), gatewayPort = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        start.Environment["Leitmotif__Cluster"] = "azure";
        start.Environment["Leitmotif__AzureStorage"] = connectionString;
        start.Environment["Leitmotif__ClusterId"] = clusterId;
        start.Environment["Leitmotif__SiloPort"] = $"{siloPort}";
        start.Environment["Leitmotif__GatewayPort"] = $"{gatewayPort}";
        start.Environment["Leitmotif__DashboardPort"] = "0";
        start.Environment["Leitmotif__JobReminderSeconds"] = "5"; // a job whose silo is killed goes on within seconds
        start.Environment["Leitmotif__Data"] = Path.Combine(folder, name);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var log = new StreamWriter(Path.Combine(folder, $"{name}.log")) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiloProcess(process, siloPort, gatewayPort);
    }

    /// <summary>SIGKILL: the silo gets no chance to leave the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
