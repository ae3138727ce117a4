using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leitmotif.Core.Evaluation;

/// <summary>
/// Reads and writes the JSON files other tools exchange with Leitmotif: <c>results.json</c>
/// (<c>[{"theme", "ranking": [{"recording", "cost", "start", "end"}]}]</c>) and <c>truth.json</c>
/// (<c>[{"theme", "recording", "start", "end"}]</c>, optionally with <c>"segments": [[start, end], ...]</c>), with
/// lower-case property names.
/// </summary>
public static class JsonFiles
{
    /// <summary>The serializer settings of both files: camel-case names, indented.</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Writes a list of records as a JSON array into an existing folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder of <paramref name="path"/> does not exist.</exception>
    public static void Write<T>(string path, IReadOnlyList<T> items) =>
        File.WriteAllText(path, JsonSerializer.Serialize(items, SerializerOptions));

    /// <summary>Reads a JSON array of records; a missing or malformed file is an <see cref="InputException"/>.</summary>
    public static IReadOnlyList<T> Read<T>(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "file not found");
        try
        {
            return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), SerializerOptions)
                   ?? throw new InputException(path, "expected a JSON array, found null");
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"malformed JSON: {e.Message}", e);
        }
    }
}
