using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>Indexes a list of recordings as background work whose progress survives a silo restart (key: job id).</summary>
public interface IIndexJobGrain : IGrainWithStringKey
{
    /// <summary>Records the work and starts it in the background; returns at once.</summary>
    /// <param name="paths">Absolute paths of audio files.</param>
    /// <param name="featureKind">Feature kind to compute.</param>
    Task StartAsync(IReadOnlyList<string> paths, string featureKind);

    /// <summary>Continues unfinished work after a restart; does nothing when finished or already running.</summary>
    Task ResumeAsync();

    /// <summary>How far the job has got.</summary>
    Task<IndexProgress> GetProgressAsync();
}
