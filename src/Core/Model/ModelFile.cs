using System.Buffers.Binary;
using System.Text.Json;

namespace Leitmotif.Core.Model;

/// <summary>
/// The project's own model file: safetensors layout. An 8-byte little-endian header length N, N bytes of UTF-8 JSON
/// (padded with spaces to a multiple of 8) mapping each parameter name to <c>{"dtype": "F32", "shape": [...],
/// "data_offsets": [begin, end]}</c> plus <c>"__metadata__": {"format": "leitmotif-chroma-v1", "model_id": ...}</c>, then
/// the tensors' raw little-endian float32 bytes; offsets count from the start of that data section.
/// </summary>
/// <remarks>Safetensors format specification (huggingface/safetensors, README "Format"). Files open with Python's
/// <c>safetensors.torch.load_file</c> as well.</remarks>
public static class ModelFile
{
    /// <summary>The <c>format</c> value in <c>__metadata__</c> that marks a Leitmotif chroma model.</summary>
    public const string FormatName = "leitmotif-chroma-v1";

    /// <summary>The file extension of model files, with the dot.</summary>
    public const string Extension = ".safetensors";

    private const string MetadataKey = "__metadata__";
    private const int HeaderAlignment = 8;

    /// <summary>Writes <paramref name="weights"/> to <paramref name="path"/>, replacing any file there only once complete.</summary>
    /// <param name="path">Destination file; its folder must exist.</param>
    /// <param name="weights">A complete model: fits <see cref="ModelLayout"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="weights"/> does not fit <see cref="ModelLayout"/>.</exception>
    public static void Save(string path, ModelWeights weights)
    {
        if (ModelLayout.FindProblem(weights) is { } problem) throw new ArgumentException($"weights of '{weights.ModelId}': {problem}", nameof(weights));
        byte[] header = Header(weights);
        string temporary = path + ".tmp";
        try
        {
            using var stream = File.Create(temporary);
            Span<byte> length = stackalloc byte[sizeof(ulong)];
            BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)header.Length);
            stream.Write(length);
            stream.Write(header);
            foreach (var parameter in ModelLayout.Parameters)
            {
                float[] data = weights.Tensors[parameter.Name].Data;
                var bytes = new byte[data.Length * sizeof(float)];
                for (int i = 0; i < data.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), data[i]);
                stream.Write(bytes);
            }
        }
        catch
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            throw;
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a model written by <see cref="Save"/> (or any safetensors file with the same names, shapes and metadata).</summary>
    /// <exception cref="InputException">Missing or truncated file, a header that is not valid or does not fit the data, another
    /// format, or parameters that do not fit <see cref="ModelLayout"/>; the message names the file and the reason.</exception>
    public static ModelWeights Load(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "model file not found");
        byte[] file = File.ReadAllBytes(path);
        try
        {
            if (file.Length < sizeof(ulong)) throw new InvalidDataException($"{file.Length} bytes is shorter than the 8-byte header length (truncated?)");
            ulong headerLength = BinaryPrimitives.ReadUInt64LittleEndian(file);
            if (headerLength > (ulong)(file.Length - sizeof(ulong)))
                throw new InvalidDataException($"header length {headerLength} runs past the end of the {file.Length}-byte file (truncated?)");
            var header = file.AsMemory(sizeof(ulong), (int)headerLength);
            var data = file.AsSpan(sizeof(ulong) + (int)headerLength);
            using var json = ParseJson(header);
            var weights = ReadTensors(json.RootElement, data);
            return ModelLayout.FindProblem(weights) is { } problem ? throw new InvalidDataException(problem) : weights;
        }
        catch (InvalidDataException e)
        {
            throw new InputException(path, e.Message, e);
        }
    }

    private static byte[] Header(ModelWeights weights)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject(MetadataKey);
            writer.WriteString("format", FormatName);
            writer.WriteString("model_id", weights.ModelId);
            writer.WriteEndObject();
            long offset = 0;
            foreach (var parameter in ModelLayout.Parameters)
            {
                long end = offset + (long)parameter.ElementCount * sizeof(float);
                writer.WriteStartObject(parameter.Name);
                writer.WriteString("dtype", "F32");
                writer.WriteStartArray("shape");
                foreach (int dim in parameter.Shape) writer.WriteNumberValue(dim);
                writer.WriteEndArray();
                writer.WriteStartArray("data_offsets");
                writer.WriteNumberValue(offset);
                writer.WriteNumberValue(end);
                writer.WriteEndArray();
                writer.WriteEndObject();
                offset = end;
            }
            writer.WriteEndObject();
        }
        while (buffer.Length % HeaderAlignment != 0) buffer.WriteByte((byte)' ');
        return buffer.ToArray();
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> header)
    {
        try { return JsonDocument.Parse(header); }
        catch (JsonException e) { throw new InvalidDataException($"header is not valid JSON ({e.Message})"); }
    }

    private static ModelWeights ReadTensors(JsonElement root, ReadOnlySpan<byte> data)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException("header is not a JSON object");
        string? format = null, modelId = null;
        if (root.TryGetProperty(MetadataKey, out var metadata) && metadata.ValueKind == JsonValueKind.Object)
        {
            format = StringOrNull(metadata, "format");
            modelId = StringOrNull(metadata, "model_id");
        }
        if (format != FormatName) throw new InvalidDataException($"not a Leitmotif chroma model (metadata format '{format}', expected '{FormatName}')");
        if (string.IsNullOrEmpty(modelId)) throw new InvalidDataException("metadata has no model_id");

        var tensors = new Dictionary<string, NamedTensor>();
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == MetadataKey) continue;
            tensors[property.Name] = ReadTensor(property.Name, property.Value, data);
        }
        return new ModelWeights(modelId, tensors);
    }

    private static NamedTensor ReadTensor(string name, JsonElement info, ReadOnlySpan<byte> data)
    {
        if (info.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"tensor '{name}': header entry is not an object");
        string? dtype = StringOrNull(info, "dtype");
        if (dtype != "F32") throw new InvalidDataException($"tensor '{name}' has dtype '{dtype}', expected 'F32'");
        long[] shape = Integers(info, "shape", name);
        long[] offsets = Integers(info, "data_offsets", name);
        long count = shape.Aggregate(1L, (product, dim) => dim > int.MaxValue ? long.MaxValue : product * dim);
        if (shape.Any(dim => dim > int.MaxValue) || count > int.MaxValue / sizeof(float)
            || offsets.Length != 2 || offsets[0] > offsets[1] || offsets[1] > data.Length || offsets[1] - offsets[0] != count * sizeof(float))
            throw new InvalidDataException($"tensor '{name}': data_offsets [{string.Join(", ", offsets)}] do not fit shape [{string.Join(", ", shape)}] " +
                                           $"and the {data.Length}-byte data section (truncated?)");
        var values = new float[count];
        var bytes = data.Slice((int)offsets[0], (int)(count * sizeof(float)));
        for (int i = 0; i < values.Length; i++) values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        return new NamedTensor(name, [.. shape.Select(dim => (int)dim)], values);
    }

    private static string? StringOrNull(JsonElement obj, string key) =>
        obj.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long[] Integers(JsonElement obj, string key, string tensor)
    {
        if (!obj.TryGetProperty(key, out var array) || array.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"tensor '{tensor}': '{key}' is missing or not an array");
        return [.. array.EnumerateArray().Select(item =>
            item.ValueKind == JsonValueKind.Number && item.TryGetInt64(out long value) && value >= 0 ? value
                : throw new InvalidDataException($"tensor '{tensor}': '{key}' holds {item}, not a non-negative integer"))];
    }
}
