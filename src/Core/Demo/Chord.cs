namespace Leitmotif.Core.Demo;

/// <summary>One accompaniment chord, sounding for a span of beats.</summary>
/// <param name="Onset">Start in beats (quarter notes) from the start of the first bar.</param>
/// <param name="Duration">Length in beats (quarter notes).</param>
/// <param name="Root">Pitch class of the root, 0–11 (0 = C).</param>
/// <param name="Quality">Major or minor triad.</param>
public sealed record Chord(double Onset, double Duration, int Root, ChordQuality Quality)
{
    /// <summary>The triad in root position, its root the lowest pitch of class <see cref="Root"/> at or above <paramref name="lowest"/>.</summary>
    /// <param name="lowest">Lowest allowed MIDI pitch of the root.</param>
    /// <returns>Three MIDI pitches: root, third, fifth.</returns>
    public int[] Triad(int lowest)
    {
        var root = lowest + (((Root - lowest) % 12) + 12) % 12;
        var third = Quality switch
        {
            ChordQuality.Major => 4,
            ChordQuality.Minor => 3,
            _ => throw new ArgumentOutOfRangeException(nameof(Quality), Quality, "unknown chord quality"),
        };
        return [root, root + third, root + 7];
    }
}
