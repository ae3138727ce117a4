using System.Globalization;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Client.Output;

/// <summary>Prints an evaluation by fold as two Markdown tables: mean ± spread over the folds per kind, then MRR per fold.</summary>
public static class FoldScoreTable
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="output"/>.</summary>
    public static void Print(IReadOnlyList<FoldedScores> rows, TextWriter output)
    {
        int width = Math.Max("MRR by test fold".Length, rows.Max(r => r.Label.Length));
        output.WriteLine($"| {"feature kind".PadRight(width)} | folds | themes | top-1         | top-10        | MRR           | localisation  |");
        output.WriteLine($"|{new string('-', width + 2)}|------:|-------:|---------------|---------------|---------------|---------------|");
        foreach (var row in rows)
            output.WriteLine($"| {row.Label.PadRight(width)} | {row.Folds.Count,5} | {row.Queries,6} | {Cell(row.Top1)} | {Cell(row.Top10)} | {Cell(row.Mrr)} | {Cell(row.Localisation)} |");

        var folds = rows.SelectMany(r => r.Folds.Select(f => f.Fold)).Distinct().Order().ToList();
        output.WriteLine();
        output.WriteLine($"| {"MRR by test fold".PadRight(width)} |{string.Concat(folds.Select(f => $" fold {f} |"))}");
        output.WriteLine($"|{new string('-', width + 2)}|{string.Concat(folds.Select(_ => "-------:|"))}");
        foreach (var row in rows)
        {
            var cells = folds.Select(f => row.Folds.FirstOrDefault(s => s.Fold == f) is { } s
                ? s.Scores.Mrr.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(6)
                : "     –");
            output.WriteLine($"| {row.Label.PadRight(width)} |{string.Concat(cells.Select(c => $" {c} |"))}");
        }
        output.WriteLine("mean ± sample standard deviation over the test folds; a family (e.g. ctc:own_ctc) is scored fold by fold with the rotation model that never saw that fold");
    }

    private static string Cell(MeanAndSpread value) => double.IsNaN(value.Spread)
        ? value.Mean.ToString("0.000", CultureInfo.InvariantCulture).PadRight(13)
        : string.Create(CultureInfo.InvariantCulture, $"{value.Mean:0.000} ± {value.Spread:0.000}");
}
