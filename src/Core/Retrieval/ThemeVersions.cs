using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>
/// Every query version of a group of themes (tempo factors × transpositions), in the order the kernel stacks them
/// (<see cref="QueryStack"/>): a theme's versions are consecutive, tempo by tempo in the theme's order, each in
/// transpositions 0, 1, …, 11.
/// </summary>
public sealed class ThemeVersions
{
    private readonly int[] _firstTempo;
    private readonly List<(double TempoFactor, int Transposition, FeatureMatrix Query)> _versions = [];

    /// <param name="themes">At least one theme, each with at least one version; all at one feature rate.</param>
    /// <param name="transpose">Also stack the 11 other cyclic chroma shifts of every version (FMP §7.2.2).</param>
    /// <exception cref="ArgumentException">No themes, or a theme without versions.</exception>
    public ThemeVersions(IReadOnlyList<ThemeQuery> themes, bool transpose)
    {
        ArgumentNullException.ThrowIfNull(themes);
        if (themes.Count == 0) throw new ArgumentException("no themes to stack", nameof(themes));
        Shifts = transpose ? 12 : 1;
        _firstTempo = new int[themes.Count + 1];
        for (int t = 0; t < themes.Count; t++)
        {
            _firstTempo[t] = _versions.Count / Shifts;
            if (themes[t].Versions.Count == 0) throw new ArgumentException($"theme {themes[t].ThemeIndex} has no query versions", nameof(themes));
            foreach (var (tempoFactor, query) in themes[t].Versions)
            {
                for (int shift = 0; shift < Shifts; shift++)
                    _versions.Add((tempoFactor, shift, shift == 0 ? query : ChromaShift.Rotate(query, shift)));
            }
        }
        _firstTempo[themes.Count] = _versions.Count / Shifts;
        Themes = themes;
    }

    /// <summary>The themes, in the order given.</summary>
    public IReadOnlyList<ThemeQuery> Themes { get; }

    /// <summary>Query versions of all themes together.</summary>
    public int Count => _versions.Count;

    /// <summary>All versions' features, stacked for the kernel (a copy in its own layout).</summary>
    public QueryStack Stack() => new(_versions.Select(v => v.Query).ToList());

    /// <summary>Transpositions per tempo version: 12, or 1 without transposition.</summary>
    public int Shifts { get; }

    /// <summary>Tempo versions of all themes together.</summary>
    public int TempoCount => _firstTempo[^1];

    /// <summary>The tempo versions of theme <paramref name="theme"/>, numbered over all themes: version j's queries are
    /// <c>j · Shifts … j · Shifts + Shifts − 1</c>.</summary>
    public Range TemposOf(int theme) => _firstTempo[theme].._firstTempo[theme + 1];

    /// <summary>Query <paramref name="query"/>: its tempo factor, transposition in semitones, and features.</summary>
    public (double TempoFactor, int Transposition, FeatureMatrix Query) Version(int query) => _versions[query];
}
