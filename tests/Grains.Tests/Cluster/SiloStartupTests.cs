using System.Diagnostics;
using Leitmotif.Hosting;

namespace Leitmotif.Grains.Tests.Cluster;

public class SiloStartupTests
{
    [Fact]
    public async Task AzureModeWithoutAConnectionStringStopsAtStartUpWithOneLineAndExitCode2()
    {
        using var folder = new TemporaryFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.Path,
        };
        start.ArgumentList.Add(SiloProcess.Dll);
        start.Environment.Remove(AzureStorageSettings.EnvironmentVariable);
        start.Environment["Leitmotif__Cluster"] = "azure";
        start.Environment["Leitmotif__DashboardPort"] = "0";
        using var silo = Process.Start(start)!;
        var stderr = silo.StandardError.ReadToEndAsync();
        var stdout = silo.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await silo.WaitForExitAsync(limit.Token);

        Assert.Equal(2, silo.ExitCode);
        Assert.Equal($"error: Leitmotif:Cluster=azure: {AzureStorageSettings.MissingMessage}", (await stderr).Trim());
        Assert.Empty((await stdout).Trim());
    }
}
