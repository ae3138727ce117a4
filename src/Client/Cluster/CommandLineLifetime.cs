using Microsoft.Extensions.Hosting;

namespace Leitmotif.Client.Cluster;

/// <summary>
/// A host lifetime that leaves Ctrl+C to the command line: the default console lifetime would take SIGINT for the embedded
/// silo's host, so the running command would never see it (a following <c>train</c> could not detach).
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
