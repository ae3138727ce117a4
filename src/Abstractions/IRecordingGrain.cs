using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>One recording: computes, stores and caches its features and matches queries against them (key: recording id).</summary>
public interface IRecordingGrain : IGrainWithStringKey
{
    /// <summary>Makes sure features of <paramref name="featureKind"/> exist for the audio at <paramref name="path"/>.</summary>
    Task<IndexOutcome> IndexAsync(string path, string featureKind);

    /// <summary>The best match of every query of the batch in this recording.</summary>
    Task<IReadOnlyList<RecordingMatch>> MatchAsync(MatchRequest request);
}
