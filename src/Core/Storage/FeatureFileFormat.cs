using System.Runtime.InteropServices;
using Leitmotif.Core.Features;

namespace Leitmotif.Core.Storage;

/// <summary>
/// The binary layout of one stored feature matrix: magic "LMF1", the key's feature kind and source fingerprint,
/// dimensions, feature rate (Hz), frame count, then frames × dimensions little-endian float32 values.
/// </summary>
public static class FeatureFileFormat
{
    private const uint Magic = 0x31464D4C; // "LMF1"

    /// <summary>Writes <paramref name="features"/> with the identifying parts of <paramref name="key"/>.</summary>
    public static void Write(Stream stream, FeatureKey key, FeatureMatrix features)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(key.FeatureKind);
        writer.Write(key.SourceFingerprint);
        writer.Write(features.Dimensions);
        writer.Write(features.FeatureRate);
        writer.Write(features.Frames);
        writer.Write(MemoryMarshal.AsBytes(features.Data.AsSpan()));
    }

    /// <summary>Reads features written by <see cref="Write"/>; null when the stored kind or fingerprint differs from <paramref name="key"/>.</summary>
    public static FeatureMatrix? Read(Stream stream, FeatureKey key)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadUInt32() != Magic) return null;
        if (reader.ReadString() != key.FeatureKind || reader.ReadString() != key.SourceFingerprint) return null;
        int dimensions = reader.ReadInt32();
        double featureRate = reader.ReadDouble();
        int frames = reader.ReadInt32();
        var data = new float[checked(frames * dimensions)];
        stream.ReadExactly(MemoryMarshal.AsBytes(data.AsSpan()));
        return new FeatureMatrix(data, dimensions, featureRate);
    }
}
