namespace Leitmotif.Core.Evaluation;

/// <summary>Scores of one retrieval run against a truth file.</summary>
/// <param name="Queries">Themes evaluated: the distinct themes of the truth file.</param>
/// <param name="Top1">Share of themes whose relevant recording is ranked first, in [0, 1].</param>
/// <param name="Top5">Share ranked within the first 5.</param>
/// <param name="Top10">Share ranked within the first 10.</param>
/// <param name="Mrr">Mean reciprocal rank, 0 for a theme whose relevant recording is not ranked.</param>
/// <param name="Localisation">Of the themes answered correctly at rank 1, the share whose matched span overlaps a true
/// occurrence (any of several, where the truth lists segments); 0 when none is correct.</param>
/// <param name="IgnoredThemes">Themes in the results that the truth file does not list, in results order; not scored.</param>
/// <param name="UnrankedThemes">Themes of the truth file (file names) that have no ranking in the results, in truth order;
/// scored as misses.</param>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020 (top-k and MRR); design.md "Retrieval", evaluation.</remarks>
public sealed record RetrievalScores(
    int Queries, double Top1, double Top5, double Top10, double Mrr, double Localisation, IReadOnlyList<string> IgnoredThemes,
    IReadOnlyList<string> UnrankedThemes);
