using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;

namespace Leitmotif.Core.Shards;

/// <summary>A recording a shard indexed: what it found, and the features it computed when they were needed.</summary>
/// <param name="Name">Its path below its root (<see cref="RecordingNames"/>).</param>
/// <param name="Location">Where it lies: a full path or a URI.</param>
/// <param name="Stamp">Its size and change stamp when it was read.</param>
/// <param name="Decision">New, changed or unchanged, and its key.</param>
/// <param name="Features">Its features; null when the stored ones are current.</param>
/// <param name="AudioSeconds">The audio's duration as decoded (the features may cover up to one frame more); 0 without features.</param>
public sealed record IndexedRecording(
    string Name, string Location, RecordingStamp Stamp, RecordingDecision Decision, FeatureMatrix? Features, double AudioSeconds);
