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

    /// <summary>Reading also refuses a record without one of its required properties, or with null where null is not allowed.</summary>
    private static readonly JsonSerializerOptions ReadOptions = new(SerializerOptions)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Writes a list of records as a JSON array into an existing folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder of <paramref name="path"/> does not exist.</exception>
    public static void Write<T>(string path, IReadOnlyList<T> items) =>
        File.WriteAllText(path, JsonSerializer.Serialize(items, SerializerOptions));

    /// <summary>
    /// Reads a JSON array of records; a missing, empty or malformed file is an <see cref="InputException"/> that says where
    /// the file goes wrong in words: line and column, and the JSON path of a value of the wrong kind.
    /// </summary>
    public static IReadOnlyList<T> Read<T>(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "file not found");
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(path, "empty file; expected a JSON array");
        try
        {
            return JsonSerializer.Deserialize<List<T>>(text, ReadOptions)
                   ?? throw new InputException(path, "expected a JSON array, found null");
        }
        catch (JsonException e)
        {
            throw new InputException(path, Describe<T>(e), e);
        }
    }

    /// <summary>Where and how the JSON is wrong, without the .NET type names of the serializer's own message.</summary>
    private static string Describe<T>(JsonException e)
    {
        // Lines count from 0 and columns in bytes (characters, in ASCII text) from 0. The serializer wraps the reader's syntax
        // errors, whose position is the offending character's; a well-formed document that does not fit T has no such inner
        // exception, and its position is just after the value that does not fit.
        if (e.InnerException is JsonException) return $"malformed JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}";
        var valueEnd = $"line {e.LineNumber + 1}, column {e.BytePositionInLine}";
        if (e.Path == "$") return $"expected a JSON array at {valueEnd}";
        return $"{e.Path} (ending at {valueEnd}) is missing or of the wrong kind; each entry needs {RequiredProperties<T>()}";
    }

    /// <summary>The JSON names of the properties a <typeparamref name="T"/> record cannot do without.</summary>
    private static string RequiredProperties<T>() =>
        string.Join(", ", typeof(T).GetConstructors().MaxBy(c => c.GetParameters().Length)!.GetParameters()
            .Where(p => !p.HasDefaultValue)
            .Select(p => SerializerOptions.PropertyNamingPolicy!.ConvertName(p.Name!)));
}
