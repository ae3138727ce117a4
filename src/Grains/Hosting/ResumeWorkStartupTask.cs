using Leitmotif.Abstractions;

namespace Leitmotif.Grains.Hosting;

/// <summary>When a silo starts, resumes the indexing jobs that were running when the cluster last stopped.</summary>
public sealed class ResumeWorkStartupTask(IGrainFactory grains) : IStartupTask
{
    public Task Execute(CancellationToken cancellationToken) =>
        grains.GetGrain<ICatalogGrain>(CatalogNames.Default).ResumeJobsAsync();
}
