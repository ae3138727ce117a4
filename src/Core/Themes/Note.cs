namespace Leitmotif.Core.Themes;

/// <summary>One note of a theme.</summary>
/// <param name="OnsetSeconds">Start time in seconds from the theme's start.</param>
/// <param name="DurationSeconds">Sounding duration in seconds.</param>
/// <param name="Pitch">MIDI note number (60 = middle C).</param>
public sealed record Note(double OnsetSeconds, double DurationSeconds, int Pitch)
{
    /// <summary>Pitch class 0–11 (0 = C).</summary>
    public int PitchClass => ((Pitch % 12) + 12) % 12;
}
