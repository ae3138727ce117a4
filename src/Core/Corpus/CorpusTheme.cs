namespace Leitmotif.Core.Corpus;

/// <summary>One theme of the corpus, as listed in <c>corpus.json</c>. The same file name is in <c>themes/</c> (performance
/// tempo), <c>themes_score/</c> (score tempo) and <c>themes_stress/</c> (score tempo × <paramref name="StressFactor"/>).</summary>
/// <param name="File">Path relative to the corpus folder, e.g. <c>themes/Bach_Fugue_bwv_846_Shi05M_1.mid</c>.</param>
/// <param name="Recording">The recording it was cut for (relative path, program-less version).</param>
/// <param name="Fold">Cross-validation fold of the piece, 1–5.</param>
/// <param name="Start">Start of the excerpt in the recording, seconds.</param>
/// <param name="End">End of the excerpt in the recording, seconds.</param>
/// <param name="Bars">Number of bars.</param>
/// <param name="Notes">Number of notes.</param>
/// <param name="TempoRatio">The performance's mean tempo over the excerpt ÷ the score's (score seconds ÷ performance seconds
/// over the same beats; no unit, above 1 where the performance is faster): how much faster the recording plays the theme
/// than its <c>themes_score/</c> version. To 4 decimals.</param>
/// <param name="StressFactor">The factor (no unit, in [0.5, 2]) by which the <c>themes_stress/</c> version's tempo
/// exceeds the score's.</param>
public sealed record CorpusTheme(
    string File, string Recording, int Fold, double Start, double End, int Bars, int Notes, double TempoRatio, double StressFactor)
{
    /// <summary>The recording's tempo ÷ the <c>themes_stress/</c> version's: <see cref="TempoRatio"/> ÷
    /// <see cref="StressFactor"/>, to 4 decimals (no unit).</summary>
    public double StressTempoRatio => Math.Round(TempoRatio / StressFactor, 4);
}
