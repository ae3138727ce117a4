namespace Leitmotif.Core.Corpus;

/// <summary>Reads the ASAP dataset's <c>metadata.csv</c> (one row per performance).</summary>
/// <remarks>Foscarin et al., ISMIR 2020 (ASAP); CSV as in RFC 4180 (double-quoted fields may hold commas and quotes).</remarks>
public static class AsapMetadata
{
    /// <summary>The file name of the metadata table inside the dataset folder.</summary>
    public const string FileName = "metadata.csv";

    private static readonly string[] RequiredColumns =
        ["composer", "title", "folder", "midi_score", "midi_performance", "performance_annotations", "midi_score_annotations"];

    /// <summary>Reads <c>&lt;asapDirectory&gt;/metadata.csv</c>.</summary>
    /// <param name="asapDirectory">The dataset root; the table's paths are relative to it.</param>
    /// <returns>The usable rows in file order, and one line per row that was skipped (line number and reason).</returns>
    /// <exception cref="InputException">The folder or table is missing, or the header lacks a required column.</exception>
    public static (IReadOnlyList<AsapPerformance> Performances, IReadOnlyList<string> Skipped) Read(string asapDirectory)
    {
        var root = Path.GetFullPath(asapDirectory);
        if (!Directory.Exists(root)) throw new InputException(asapDirectory, "folder not found");
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path)) throw new InputException(path, "file not found (is this the ASAP dataset folder?)");

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) throw new InputException(path, "empty file");
        var header = SplitLine(lines[0]);
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0) throw new InputException(path, $"header lacks column(s) {string.Join(", ", missing)}");
        var column = RequiredColumns.ToDictionary(c => c, c => header.IndexOf(c));

        var performances = new List<AsapPerformance>();
        var skipped = new List<string>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var fields = SplitLine(lines[i]);
            if (fields.Count != header.Count)
            {
                skipped.Add($"{path}:{i + 1}: {fields.Count} fields, the header has {header.Count}");
                continue;
            }

            string Field(string name) => fields[column[name]].Trim();
            var empty = RequiredColumns.Where(c => Field(c).Length == 0).ToList();
            if (empty.Count > 0)
            {
                skipped.Add($"{path}:{i + 1}: empty {string.Join(", ", empty)}");
                continue;
            }

            string Resolve(string name) => Path.GetFullPath(Path.Combine(root, Field(name)));
            performances.Add(new AsapPerformance(
                Field("composer"), Field("title"), Field("folder"),
                Resolve("midi_score"), Resolve("midi_performance"), Resolve("performance_annotations"), Resolve("midi_score_annotations")));
        }

        return (performances, skipped);
    }

    /// <summary>Splits one CSV line into fields; double quotes enclose fields, <c>""</c> inside them is a quote.</summary>
    internal static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') field.Append(line[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(c);
        }

        fields.Add(field.ToString());
        return fields;
    }
}
