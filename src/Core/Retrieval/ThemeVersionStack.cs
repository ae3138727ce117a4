using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>
/// Every query version of a group of themes (tempo factors × transpositions), stacked once so that one sweep over a
/// recording scores them all (<see cref="BatchedSubsequenceDtw"/>). A theme's versions are consecutive, tempo factor by
/// tempo factor in the theme's order, each in transpositions 0, 1, …, 11.
/// </summary>
public sealed class ThemeVersionStack
{
    private readonly int[] _firstVersion;
    private readonly List<(double TempoFactor, int Transposition, FeatureMatrix Query)> _versions = [];

    /// <param name="themes">At least one theme, each with at least one version; all at one feature rate.</param>
    /// <param name="transpose">Also stack the 11 other cyclic chroma shifts of every version (FMP §7.2.2).</param>
    /// <exception cref="ArgumentException">No themes, a theme without versions, or versions of differing feature rates.</exception>
    public ThemeVersionStack(IReadOnlyList<ThemeQuery> themes, bool transpose)
    {
        ArgumentNullException.ThrowIfNull(themes);
        if (themes.Count == 0) throw new ArgumentException("no themes to stack", nameof(themes));
        _firstVersion = new int[themes.Count + 1];
        for (int t = 0; t < themes.Count; t++)
        {
            _firstVersion[t] = _versions.Count;
            if (themes[t].Versions.Count == 0) throw new ArgumentException($"theme {themes[t].ThemeIndex} has no query versions", nameof(themes));
            foreach (var (tempoFactor, query) in themes[t].Versions)
            {
                for (int shift = 0; shift < (transpose ? 12 : 1); shift++)
                    _versions.Add((tempoFactor, shift, shift == 0 ? query : ChromaShift.Rotate(query, shift)));
            }
        }
        _firstVersion[themes.Count] = _versions.Count;
        Themes = themes;
        Queries = new QueryStack(_versions.Select(v => v.Query).ToList());
    }

    /// <summary>The themes, in the order given.</summary>
    public IReadOnlyList<ThemeQuery> Themes { get; }

    /// <summary>All versions of all themes, stacked for the kernel.</summary>
    public QueryStack Queries { get; }

    /// <summary>The indices into <see cref="Queries"/> of theme <paramref name="theme"/>'s versions.</summary>
    public Range VersionsOf(int theme) => _firstVersion[theme].._firstVersion[theme + 1];

    /// <summary>Version <paramref name="version"/>: its tempo factor, transposition in semitones, and query features.</summary>
    public (double TempoFactor, int Transposition, FeatureMatrix Query) Version(int version) => _versions[version];
}
