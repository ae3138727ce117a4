using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>Finds a theme's best match in one recording over its tempo versions and, optionally, all 12 transpositions.</summary>
public static class RecordingMatcher
{
    /// <summary>The lowest-cost match of any query version in <paramref name="recording"/>, or null when no version fits in it.</summary>
    /// <param name="recording">Recording features, frames × 12.</param>
    /// <param name="versions">The theme's query features, one per tempo factor, at the recording's feature rate.</param>
    /// <param name="transpose">Also try the 11 other cyclic chroma shifts of every version.</param>
    /// <remarks>Subsequence DTW as in FMP §7.2.3; transposition invariance as in FMP §7.2.2.</remarks>
    public static ScoredMatch? Best(FeatureMatrix recording, IReadOnlyList<(double TempoFactor, FeatureMatrix Query)> versions, bool transpose)
    {
        ScoredMatch? best = null;
        FeatureMatrix? bestQuery = null;
        int bestEnd = -1;
        foreach (var (tempoFactor, query) in versions)
        {
            if (query.FeatureRate != recording.FeatureRate)
                throw new ArgumentException($"query rate {query.FeatureRate} Hz differs from recording rate {recording.FeatureRate} Hz", nameof(versions));
            for (int shift = 0; shift < (transpose ? 12 : 1); shift++)
            {
                var shifted = shift == 0 ? query : ChromaShift.Rotate(query, shift);
                var delta = SubsequenceDtw.MatchingFunction(shifted, recording);
                int end = ArgMin(delta);
                if (end < 0 || (best != null && delta[end] >= best.Cost)) continue;
                best = new ScoredMatch(delta[end], 0, 0, shift, tempoFactor);
                bestQuery = shifted;
                bestEnd = end;
            }
        }
        if (best == null) return null;
        var match = SubsequenceDtw.Backtrack(bestQuery!, recording, bestEnd);
        return best with
        {
            StartSeconds = match.StartFrame / recording.FeatureRate,
            EndSeconds = (match.EndFrame + 1) / recording.FeatureRate,
        };
    }

    private static int ArgMin(float[] delta)
    {
        int best = -1;
        for (int m = 0; m < delta.Length; m++)
        {
            if (float.IsFinite(delta[m]) && (best < 0 || delta[m] < delta[best])) best = m;
        }
        return best;
    }
}
