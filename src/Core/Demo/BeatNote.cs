using System.Text.Json.Serialization;

namespace Leitmotif.Core.Demo;

/// <summary>One melody note in musical time, before a tempo turns it into seconds.</summary>
/// <param name="Onset">Start in beats (quarter notes) from the start of the first bar.</param>
/// <param name="Duration">Length in beats (quarter notes), greater than zero.</param>
/// <param name="Pitch">MIDI note number (60 = middle C).</param>
public sealed record BeatNote(double Onset, double Duration, int Pitch)
{
    /// <summary>End in beats (quarter notes): <see cref="Onset"/> + <see cref="Duration"/>.</summary>
    [JsonIgnore]
    public double End => Onset + Duration;
}
