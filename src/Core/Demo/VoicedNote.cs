using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Demo;

/// <summary>A note to synthesise: when and what it plays, on which voice, how strongly.</summary>
/// <param name="Note">Onset and duration in seconds from the start of the recording, MIDI pitch.</param>
/// <param name="Voice">Timbre it is played with.</param>
/// <param name="Velocity">Amplitude factor in (0, 1].</param>
public sealed record VoicedNote(Note Note, SynthVoice Voice, double Velocity);
