using System.Globalization;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Client.Output;

/// <summary>Shows rankings as text and converts them to the results.json records.</summary>
public static class Rankings
{
    /// <summary>The rankings as <c>results.json</c> records.</summary>
    public static List<ThemeResult> ToResults(IEnumerable<ThemeRanking> rankings) => rankings
        .Select(r => new ThemeResult(r.Theme, r.Ranking
            .Select(m => new RankedRecording(m.Recording, Math.Round(m.Cost, 6), Math.Round(m.Start, 3), Math.Round(m.End, 3)))
            .ToList()))
        .ToList();

    /// <summary>Writes each theme's ranking: rank, recording, cost and matched span in seconds.</summary>
    public static void Print(IEnumerable<ThemeRanking> rankings, TextWriter output)
    {
        foreach (var ranking in rankings)
        {
            output.WriteLine($"{ranking.Theme}");
            if (ranking.Ranking.Count == 0) output.WriteLine("   (no recording long enough to contain it)");
            int width = ranking.Ranking.Select(m => m.Recording.Length).DefaultIfEmpty(0).Max();
            for (int i = 0; i < ranking.Ranking.Count; i++)
            {
                var m = ranking.Ranking[i];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {i + 1,3}. {m.Recording.PadRight(width)}  cost {m.Cost:0.0000}  {m.Start,8:0.00} – {m.End,8:0.00} s"));
            }
        }
    }
}
