using System.CommandLine;
using System.Globalization;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Themes;

namespace Leitmotif.Client.Commands;

/// <summary>Options of the commands that match themes: feature kind, network precision, ranking length, matches per recording,
/// tempi, transposition, tempo of CSV and MusicXML themes, MusicXML part.</summary>
public sealed class MatchingOptions
{
    /// <summary><c>--features</c>.</summary>
    public Option<string?> Features { get; } = new("--features") { Description = FeatureKindChoice.Description };

    /// <summary><c>--precision</c>.</summary>
    public PrecisionOption Precision { get; } = new();

    /// <summary><c>--top</c>.</summary>
    public Option<int> Top { get; } = new("--top") { Description = "Recordings to list per theme", DefaultValueFactory = _ => 10 };

    /// <summary><c>--matches</c>.</summary>
    public Option<int> Matches { get; } = new("--matches")
    {
        Description = "Non-overlapping matches to report per recording, best first",
        DefaultValueFactory = _ => 1,
    };

    /// <summary><c>--transpose</c>.</summary>
    public Option<bool> Transpose { get; } = new("--transpose") { Description = "Also match the theme in all 12 transpositions" };

    /// <summary><c>--tempi</c>.</summary>
    public Option<string> Tempi { get; } = new("--tempi")
    {
        Description = "Comma-separated query tempo factors relative to the theme's tempo, best kept (e.g. 0.5,1,2)",
        DefaultValueFactory = _ => string.Join(',', MatchScoring.DefaultTempi.Select(t => t.ToString(CultureInfo.InvariantCulture))),
    };

    /// <summary><c>--tempo</c>.</summary>
    public Option<double> Tempo { get; } = new("--tempo")
    {
        Description = "Tempo in quarter notes per minute of CSV themes, and of MusicXML themes before their first tempo mark",
        DefaultValueFactory = _ => new ThemeReadOptions().TempoQpm,
    };

    /// <summary><c>--part</c>.</summary>
    public Option<string?> Part { get; } = new("--part")
    {
        Description = "Part of MusicXML themes to read: its number (from 1), name or id (default: the first part)",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Features);
        command.Add(Precision.Option);
        command.Add(Top);
        command.Add(Matches);
        command.Add(Transpose);
        command.Add(Tempi);
        command.Add(Tempo);
        command.Add(Part);
    }

    /// <summary>The query options the grains need, validated against what <paramref name="client"/>'s cluster offers.</summary>
    public async Task<QueryOptions> ToQueryOptionsAsync(ParseResult parse, IClusterClient client)
    {
        string? precision = Precision.Read(parse);
        int top = parse.GetValue(Top);
        if (top < 1) throw new InputException($"--top {top}", "must be at least 1");
        int matches = parse.GetValue(Matches);
        if (matches < 1) throw new InputException($"--matches {matches}", "must be at least 1");
        var tempi = ParseTempi(parse.GetValue(Tempi)!);
        var kind = await FeatureKindChoice.ResolveAsync(client, parse.GetValue(Features), precision);
        return new QueryOptions(kind, top, parse.GetValue(Transpose), tempi, matches, precision);
    }

    /// <summary>How to read theme files.</summary>
    public ThemeReadOptions ToThemeReadOptions(ParseResult parse)
    {
        double tempo = parse.GetValue(Tempo);
        if (!(tempo > 0) || double.IsInfinity(tempo)) throw new InputException($"--tempo {tempo}", "must be a positive number of quarter notes per minute");
        string? part = parse.GetValue(Part);
        if (part != null && string.IsNullOrWhiteSpace(part)) throw new InputException("--part", "must name a part by number, name or id");
        return new ThemeReadOptions(tempo, part);
    }

    private static List<double> ParseTempi(string text)
    {
        var factors = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) || !(f > 0))
                throw new InputException($"--tempi {text}", $"'{part}' is not a positive number");
            factors.Add(f);
        }
        if (factors.Count == 0) throw new InputException($"--tempi {text}", "needs at least one tempo factor");
        return factors;
    }
}
