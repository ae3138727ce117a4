namespace Leitmotif.Core.Corpus;

/// <summary>One line of an ASAP beat annotation file.</summary>
/// <param name="Seconds">Time of the beat in seconds of the annotated MIDI file (score or performance).</param>
/// <param name="Kind">Beat, downbeat or special beat.</param>
/// <param name="TimeSignature">The time signature that starts here (e.g. <c>3/4</c>), or null where it does not change.</param>
/// <param name="Key">The key that starts here as a number of sharps (negative: flats), or null where it does not change.</param>
public sealed record AnnotatedBeat(double Seconds, BeatKind Kind, string? TimeSignature, int? Key);
