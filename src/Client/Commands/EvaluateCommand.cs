using System.CommandLine;
using System.Globalization;
using Leitmotif.Core;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif evaluate --results results.json --truth truth.json</c>: retrieval metrics.</summary>
public static class EvaluateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var results = new Option<string>("--results") { Description = "Rankings written by batch-query", Required = true };
        var truth = new Option<string>("--truth") { Description = "Where each theme truly occurs: [{theme, recording, start, end}], optionally with segments: [[start, end], ...]", Required = true };
        var command = new Command("evaluate", "Score rankings against the truth: top-1/5/10, MRR, localisation") { results, truth };
        command.SetAction(parse =>
        {
            var truthPath = parse.GetValue(truth)!;
            var truthEntries = JsonFiles.Read<TruthEntry>(truthPath);
            if (truthEntries.Count == 0) throw new InputException(truthPath, "no entries; expected [{theme, recording, start, end}, ...]");
            var scores = RetrievalEvaluation.Evaluate(JsonFiles.Read<ThemeResult>(parse.GetValue(results)!), truthEntries);
            Print(scores, Console.Out);
            return 0;
        });
        return command;
    }

    /// <summary>Writes the scores, ending with the one-line summary other tools parse.</summary>
    public static void Print(RetrievalScores scores, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"queries       {scores.Queries}"));
        output.WriteLine(string.Create(c, $"top-1         {scores.Top1:0.000}"));
        output.WriteLine(string.Create(c, $"top-5         {scores.Top5:0.000}"));
        output.WriteLine(string.Create(c, $"top-10        {scores.Top10:0.000}"));
        output.WriteLine(string.Create(c, $"MRR           {scores.Mrr:0.000}"));
        output.WriteLine(string.Create(c, $"localisation  {scores.Localisation:0.000} (correct top-1 answers whose span overlaps a true occurrence)"));
        if (scores.UnrankedThemes.Count > 0)
            output.WriteLine($"unranked      {scores.UnrankedThemes.Count} theme(s) of the truth file without a ranking in the results: {string.Join(", ", scores.UnrankedThemes)}");
        if (scores.IgnoredThemes.Count > 0)
            output.WriteLine($"ignored       {scores.IgnoredThemes.Count} theme(s) not in the truth file: {string.Join(", ", scores.IgnoredThemes)}");
        output.WriteLine(string.Create(c, $"MRR={scores.Mrr:0.0000} top1={scores.Top1:0.0000} top10={scores.Top10:0.0000} queries={scores.Queries}"));
    }
}
