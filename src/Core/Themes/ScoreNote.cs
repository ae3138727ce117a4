namespace Leitmotif.Core.Themes;

/// <summary>One sounding note of a score, in musical time, before a tempo turns it into seconds.</summary>
/// <param name="OnsetQuarters">Start in quarter notes from the score's start.</param>
/// <param name="DurationQuarters">Length in quarter notes, tied notes joined; &gt; 0.</param>
/// <param name="Pitch">Sounding MIDI note number (60 = middle C).</param>
internal sealed record ScoreNote(double OnsetQuarters, double DurationQuarters, int Pitch)
{
    /// <summary>End in quarter notes.</summary>
    public double EndQuarters => OnsetQuarters + DurationQuarters;
}
