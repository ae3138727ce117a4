using System.Globalization;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// The beats of one ASAP annotation file: tab-separated <c>time&lt;TAB&gt;time&lt;TAB&gt;label</c> lines, the label
/// <c>db</c>, <c>b</c> or <c>bR</c>, then where they change a time signature and a key after commas (<c>db,4/4</c>,
/// <c>b,,-2</c>, <c>db,3/4,1</c>). Beat i of a score's file and beat i of each of its performances' files are the same
/// musical beat.
/// </summary>
/// <remarks>Foscarin et al., ISMIR 2020 (ASAP annotation format).</remarks>
public sealed class BeatAnnotations
{
    private BeatAnnotations(string source, IReadOnlyList<AnnotatedBeat> beats)
    {
        Source = source;
        Beats = beats;
        Downbeats = Enumerable.Range(0, beats.Count).Where(i => beats[i].Kind == BeatKind.Downbeat).ToList();
    }

    /// <summary>Where the annotations came from (a path), for messages.</summary>
    public string Source { get; }

    /// <summary>The beats in time order; times strictly increase.</summary>
    public IReadOnlyList<AnnotatedBeat> Beats { get; }

    /// <summary>Indices into <see cref="Beats"/> of the downbeats (bar starts), ascending.</summary>
    public IReadOnlyList<int> Downbeats { get; }

    /// <summary>The beat times in seconds, in order.</summary>
    public IReadOnlyList<double> Seconds => Beats.Select(b => b.Seconds).ToList();

    /// <summary>Reads an annotation file.</summary>
    /// <param name="path">The <c>*_annotations.txt</c> file.</param>
    /// <exception cref="InputException">Missing file, a malformed line (named by number), times that do not increase, or fewer than two beats.</exception>
    public static BeatAnnotations Read(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "file not found (no beat annotations)");
        return Parse(path, File.ReadAllLines(path));
    }

    /// <summary>Parses annotation lines; blank lines are ignored.</summary>
    /// <param name="source">Name of the input for messages.</param>
    /// <param name="lines">The lines of the file.</param>
    /// <exception cref="InputException">A malformed line (named by number), times that do not increase, or fewer than two beats.</exception>
    public static BeatAnnotations Parse(string source, IEnumerable<string> lines)
    {
        var beats = new List<AnnotatedBeat>();
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var beat = ParseLine(line) ?? throw new InputException(source, $"line {number}: expected time<TAB>time<TAB>db|b|bR[,meter[,key]], found '{line}'");
            if (beats.Count > 0 && beat.Seconds <= beats[^1].Seconds)
                throw new InputException(source, $"line {number}: time {beat.Seconds} s does not follow {beats[^1].Seconds} s");
            beats.Add(beat);
        }

        if (beats.Count < 2) throw new InputException(source, $"{beats.Count} beat(s) annotated; at least 2 are needed");
        return new BeatAnnotations(source, beats);
    }

    private static AnnotatedBeat? ParseLine(string line)
    {
        var columns = line.Split('\t');
        if (columns.Length < 3 || !double.TryParse(columns[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || !double.IsFinite(seconds) || seconds < 0)
            return null;
        var parts = columns[2].Trim().Split(',');
        BeatKind? kind = parts[0] switch
        {
            "db" => BeatKind.Downbeat,
            "b" => BeatKind.Beat,
            "bR" => BeatKind.Special,
            _ => null,
        };
        if (kind == null || parts.Length > 3) return null;
        var meter = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
        if (meter != null && !IsTimeSignature(meter)) return null;
        int? key = null;
        if (parts.Length > 2 && parts[2].Length > 0)
        {
            if (!int.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var sharps) || sharps is < -7 or > 7) return null;
            key = sharps;
        }

        return new AnnotatedBeat(seconds, kind.Value, meter, key);
    }

    private static bool IsTimeSignature(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var n) && n > 0 && int.TryParse(parts[1], out var d) && d > 0;
    }
}
