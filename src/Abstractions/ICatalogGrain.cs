using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>The list of indexed recordings and of unfinished background work (key: <see cref="CatalogNames.Default"/>).</summary>
public interface ICatalogGrain : IGrainWithStringKey
{
    /// <summary>Adds or updates recordings.</summary>
    Task AddAsync(IReadOnlyList<RecordingSummary> recordings);

    /// <summary>All recordings, optionally only those that have features of <paramref name="featureKind"/>.</summary>
    Task<IReadOnlyList<RecordingSummary>> ListAsync(string? featureKind = null);

    /// <summary>Remembers an indexing job so that a restarted silo resumes it.</summary>
    Task RegisterJobAsync(string jobId);

    /// <summary>Forgets a finished indexing job.</summary>
    Task CompleteJobAsync(string jobId);

    /// <summary>Remembers a training job (<see cref="ITrainerGrain"/>) so that a restarted silo resumes it.</summary>
    Task RegisterTrainingJobAsync(string jobName);

    /// <summary>Forgets a finished training job.</summary>
    Task CompleteTrainingJobAsync(string jobName);

    /// <summary>Restarts every unfinished indexing and training job; called when a silo starts.</summary>
    Task ResumeJobsAsync();

    /// <summary>Counts of what the catalog holds.</summary>
    Task<ClusterStatus> GetStatusAsync();
}
