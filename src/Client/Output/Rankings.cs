using System.Globalization;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Retrieval;

namespace Leitmotif.Client.Output;

/// <summary>Shows rankings as text and converts them to the results.json records.</summary>
public static class Rankings
{
    /// <summary>The rankings as <c>results.json</c> records.</summary>
    public static List<ThemeResult> ToResults(IEnumerable<ThemeRanking> rankings) => rankings
        .Select(r => new ThemeResult(r.Theme, r.Ranking
            .Select(m => new RankedRecording(m.Recording, Math.Round(m.Cost, 6), Math.Round(m.Start, 3), Math.Round(m.End, 3),
                m.TempoFactor, m.Transposition,
                m.Matches.Select(s => new MatchedSpan(Math.Round(s.Cost, 6), Math.Round(s.Start, 3), Math.Round(s.End, 3))).ToList(), m.Location))
            .ToList(), Math.Round(r.Confidence, 3)))
        .ToList();

    /// <summary>Writes each theme's ranking: rank, recording, cost, matched span in seconds, tempo and transposition of the
    /// query that matched, further matches in the recording, and whether the top match stands out.</summary>
    public static void Print(IEnumerable<ThemeRanking> rankings, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var ranking in rankings)
        {
            output.WriteLine(ranking.Ranking.Count == 0 ? ranking.Theme : string.Create(c, $"{ranking.Theme}  (confidence {ranking.Confidence:0.0}{(
                MatchScoring.IsConvincing(ranking.Confidence) ? "" : ": no convincing match")})"));
            if (ranking.Ranking.Count == 0) output.WriteLine("   (no recording long enough to contain it)");
            int width = ranking.Ranking.Select(m => m.Recording.Length).DefaultIfEmpty(0).Max();
            for (int i = 0; i < ranking.Ranking.Count; i++)
            {
                var m = ranking.Ranking[i];
                output.WriteLine(string.Create(c,
                    $"  {i + 1,3}. {m.Recording.PadRight(width)}  cost {m.Cost:0.0000}  {m.Start,8:0.00} – {m.End,8:0.00} s  tempo {m.TempoFactor:0.##}  transposition {m.Transposition:+0;-0;0}"));
                foreach (var more in m.Matches.Skip(1))
                    output.WriteLine(string.Create(c, $"       {"".PadRight(width)}  cost {more.Cost:0.0000}  {more.Start,8:0.00} – {more.End,8:0.00} s"));
            }
        }
    }
}
