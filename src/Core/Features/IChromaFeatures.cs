using Leitmotif.Core.Audio;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Features;

/// <summary>
/// One kind of chroma feature (e.g. <c>cens</c>): turns a recording and a theme into feature sequences at the same
/// rate, so that subsequence DTW can compare them.
/// </summary>
public interface IChromaFeatures
{
    /// <summary>The feature kind's name as users type it (e.g. <c>cens</c>); stored with every feature matrix.</summary>
    string Kind { get; }

    /// <summary>
    /// Changes whenever what this kind computes changes (a revision of its definition, other model weights), so that
    /// stored features of an older version are recomputed instead of mixed with new ones.
    /// </summary>
    string Version { get; }

    /// <summary>Frames per second of both <see cref="Compute"/> and <see cref="FromNotes"/> output (Hz).</summary>
    double FeatureRate { get; }

    /// <summary>Features of a whole recording, read block by block from <paramref name="audio"/>.</summary>
    /// <returns>Frames × 12, each frame L2-normalised.</returns>
    FeatureMatrix Compute(MonoAudioStream audio);

    /// <summary>The chroma and the intermediate representations of this kind, for export and plots.</summary>
    FeatureAnalysis Analyse(MonoAudioStream audio);

    /// <summary>Query features of a theme: its notes as chroma at <see cref="FeatureRate"/>.</summary>
    /// <param name="notes">Monophonic notes sorted by onset, times in seconds.</param>
    /// <returns>Frames × 12, each frame L2-normalised.</returns>
    FeatureMatrix FromNotes(IReadOnlyList<Note> notes);
}
