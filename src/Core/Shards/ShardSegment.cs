using Leitmotif.Core.Features;

namespace Leitmotif.Core.Shards;

/// <summary>
/// An immutable group of recordings' features of one feature kind, written whole once. The frames of all entries are
/// concatenated in entry order, frame-major: entry <c>i</c> occupies frames <c>[Σ_{j&lt;i} Frames_j, Σ_{j≤i} Frames_j)</c>.
/// </summary>
public sealed class ShardSegment
{
    private readonly long[] _firstFrames;

    /// <summary>Wraps packed features; <paramref name="data"/> is taken over, not copied, and must not change afterwards.</summary>
    /// <param name="featureKind">Feature kind of every entry (e.g. <c>cens</c>).</param>
    /// <param name="dimensions">Values per frame, positive.</param>
    /// <param name="featureRate">Frames per second (Hz), positive.</param>
    /// <param name="entries">The recordings, in the order of their frames in <paramref name="data"/>.</param>
    /// <param name="data">Frame-major values, length Σ entries' frames × <paramref name="dimensions"/>.</param>
    public ShardSegment(string featureKind, int dimensions, double featureRate, IReadOnlyList<SegmentEntry> entries, float[] data)
    {
        ArgumentException.ThrowIfNullOrEmpty(featureKind);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(data);
        if (dimensions <= 0) throw new ArgumentOutOfRangeException(nameof(dimensions), $"dimensions={dimensions} must be positive");
        if (!(featureRate > 0) || double.IsInfinity(featureRate))
            throw new ArgumentOutOfRangeException(nameof(featureRate), $"featureRate={featureRate} must be positive and finite");

        Entries = entries.ToArray();
        _firstFrames = new long[Entries.Count];
        long frames = 0;
        for (int i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i] ?? throw new ArgumentException($"entry {i} is null", nameof(entries));
            if (entry.Frames < 0) throw new ArgumentException($"entry {i} ({entry.RecordingId}) has frames={entry.Frames}", nameof(entries));
            _firstFrames[i] = frames;
            frames += entry.Frames;
        }
        if (data.Length != frames * dimensions)
            throw new ArgumentException(
                $"data length {data.Length} differs from frames={frames} × dimensions={dimensions} of the entries", nameof(data));

        FeatureKind = featureKind;
        Dimensions = dimensions;
        FeatureRate = featureRate;
        Data = data;
    }

    /// <summary>Feature kind of every entry (e.g. <c>cens</c>).</summary>
    public string FeatureKind { get; }

    /// <summary>Values per frame (12 for chroma).</summary>
    public int Dimensions { get; }

    /// <summary>Frames per second (Hz).</summary>
    public double FeatureRate { get; }

    /// <summary>The recordings, in the order of their frames in <see cref="Data"/>.</summary>
    public IReadOnlyList<SegmentEntry> Entries { get; }

    /// <summary>Frame-major values of all entries concatenated in entry order; Σ frames × <see cref="Dimensions"/> values.</summary>
    public float[] Data { get; }

    /// <summary>A new matrix holding a copy of the frames of entry <paramref name="entryIndex"/>.</summary>
    public FeatureMatrix FeaturesOf(int entryIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entryIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(entryIndex, Entries.Count);
        var values = Data.AsSpan((int)(_firstFrames[entryIndex] * Dimensions), Entries[entryIndex].Frames * Dimensions).ToArray();
        return new FeatureMatrix(values, Dimensions, FeatureRate);
    }

    /// <summary>Packs recordings' features, in the order given, into one segment.</summary>
    /// <param name="featureKind">Feature kind of every recording.</param>
    /// <param name="recordings">At least one; all with the same dimensions and feature rate.</param>
    public static ShardSegment Create(
        string featureKind, IReadOnlyList<(string RecordingId, string SourceKey, FeatureMatrix Features)> recordings)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        if (recordings.Count == 0) throw new ArgumentException("a segment needs at least one recording", nameof(recordings));
        var first = recordings[0];
        var entries = new SegmentEntry[recordings.Count];
        long values = 0;
        for (int i = 0; i < recordings.Count; i++)
        {
            var (recordingId, sourceKey, features) = recordings[i];
            if (features.Dimensions != first.Features.Dimensions)
                throw new ArgumentException(
                    $"{recordingId} has dimensions={features.Dimensions} but {first.RecordingId} has {first.Features.Dimensions}", nameof(recordings));
            if (features.FeatureRate != first.Features.FeatureRate)
                throw new ArgumentException(
                    $"{recordingId} has featureRate={features.FeatureRate} but {first.RecordingId} has {first.Features.FeatureRate}", nameof(recordings));
            entries[i] = new SegmentEntry(recordingId, sourceKey, features.Frames);
            values += features.Data.Length;
        }

        var data = new float[checked((int)values)];
        int offset = 0;
        foreach (var (_, _, features) in recordings)
        {
            features.Data.CopyTo(data, offset);
            offset += features.Data.Length;
        }
        return new ShardSegment(featureKind, first.Features.Dimensions, first.Features.FeatureRate, entries, data);
    }
}
