using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>
/// Indexes the audio under a few roots as background work (key: job id). It walks the roots in a fixed order and persists
/// only a cursor (the last path handled) and counts, so its checkpoint stays the same size however far it has got.
/// </summary>
public interface IIndexJobGrain : IGrainWithStringKey
{
    /// <summary>Records the job and starts it in the background; returns at once. A job already recorded is left as it is.</summary>
    Task StartAsync(IndexJobRequest request);

    /// <summary>Continues unfinished work after a restart; does nothing when finished or already running.</summary>
    Task ResumeAsync();

    /// <summary>How far the job has got.</summary>
    Task<IndexProgress> GetProgressAsync();
}
