namespace Leitmotif.Core.Corpus;

/// <summary>
/// The tempo factors of the tempo-stress themes (<c>themes_stress/</c>): each theme's score tempo is multiplied by a factor
/// drawn log-uniformly from [<see cref="MinFactor"/>, <see cref="MaxFactor"/>], so halving and doubling are equally likely.
/// </summary>
/// <remarks>The range is the tempo range the DTW step sizes absorb (design.md, "Tempo"); issue 12, §1.</remarks>
public static class TempoStress
{
    /// <summary>The slowest factor: half the score tempo.</summary>
    public const double MinFactor = 0.5;

    /// <summary>The fastest factor: twice the score tempo.</summary>
    public const double MaxFactor = 2;

    /// <summary>The factor of one theme, deterministic for the corpus seed and the theme's name.</summary>
    /// <param name="seed">The corpus seed.</param>
    /// <param name="themeName">The theme's file name, e.g. <c>Bach_Fugue_bwv_846_Shi05M_1.mid</c>.</param>
    /// <returns>A factor in [<see cref="MinFactor"/>, <see cref="MaxFactor"/>], rounded to 4 decimals (as corpus.json records it).</returns>
    public static double Factor(int seed, string themeName)
    {
        ArgumentNullException.ThrowIfNull(themeName);
        double u = new Random(StableSeed.Of(seed, themeName)).NextDouble();
        return Math.Round(MinFactor * Math.Pow(MaxFactor / MinFactor, u), 4);
    }
}
