using Leitmotif.Core.Features;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Retrieval;

/// <summary>Turns a theme's notes into query features, optionally at another tempo.</summary>
public static class QueryBuilder
{
    /// <summary>Query features of <paramref name="notes"/> played <paramref name="tempoFactor"/> times as fast.</summary>
    /// <param name="notes">Monophonic notes sorted by onset (seconds).</param>
    /// <param name="features">The feature kind to build the query for.</param>
    /// <param name="tempoFactor">1 = notated tempo; 2 = twice as fast (half the duration).</param>
    /// <returns>Frames × 12 at the feature kind's rate.</returns>
    public static FeatureMatrix Build(IReadOnlyList<Note> notes, IChromaFeatures features, double tempoFactor = 1.0)
    {
        if (!(tempoFactor > 0)) throw new ArgumentOutOfRangeException(nameof(tempoFactor), $"tempoFactor={tempoFactor} must be positive");
        if (notes.Count == 0) throw new ArgumentException("a query needs at least one note", nameof(notes));
        var scaled = notes.Select(n => n with { OnsetSeconds = n.OnsetSeconds / tempoFactor, DurationSeconds = n.DurationSeconds / tempoFactor }).ToList();
        return features.FromNotes(scaled);
    }
}
