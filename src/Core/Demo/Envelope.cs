namespace Leitmotif.Core.Demo;

/// <summary>
/// An ADSR amplitude envelope: a linear attack to 1, a linear decay to the sustain level, held until the
/// note ends, then a linear release to 0.
/// </summary>
/// <param name="AttackSeconds">Rise time from 0 to 1, in seconds (greater than zero).</param>
/// <param name="DecaySeconds">Fall time from 1 to <paramref name="SustainLevel"/>, in seconds (greater than zero).</param>
/// <param name="SustainLevel">Level held while the note sounds, in [0, 1].</param>
/// <param name="ReleaseSeconds">Fall time to 0 after the note ends, in seconds (greater than zero).</param>
public sealed record Envelope(double AttackSeconds, double DecaySeconds, double SustainLevel, double ReleaseSeconds)
{
    /// <summary>Rise time from 0 to 1, in seconds.</summary>
    public double AttackSeconds { get; } = Positive(AttackSeconds, nameof(AttackSeconds));

    /// <summary>Fall time from 1 to the sustain level, in seconds.</summary>
    public double DecaySeconds { get; } = Positive(DecaySeconds, nameof(DecaySeconds));

    /// <summary>Level held while the note sounds, in [0, 1].</summary>
    public double SustainLevel { get; } = SustainLevel is >= 0 and <= 1
        ? SustainLevel
        : throw new ArgumentOutOfRangeException(nameof(SustainLevel), SustainLevel, $"sustainLevel={SustainLevel} must lie in [0, 1]");

    /// <summary>Fall time to 0 after the note ends, in seconds.</summary>
    public double ReleaseSeconds { get; } = Positive(ReleaseSeconds, nameof(ReleaseSeconds));

    /// <summary>The envelope's level <paramref name="t"/> seconds after the onset of a note lasting <paramref name="durationSeconds"/>.</summary>
    /// <returns>Amplitude factor in [0, 1]; 0 once the release has ended.</returns>
    public double Level(double t, double durationSeconds) =>
        t < durationSeconds
            ? Held(t)
            : Held(durationSeconds) * Math.Max(0, 1 - (t - durationSeconds) / ReleaseSeconds);

    private static double Positive(double seconds, string name) => seconds > 0
        ? seconds
        : throw new ArgumentOutOfRangeException(name, seconds, $"{name}={seconds} must be greater than zero");

    private double Held(double t) =>
        t < AttackSeconds ? t / AttackSeconds
        : t < AttackSeconds + DecaySeconds ? 1 - (1 - SustainLevel) * (t - AttackSeconds) / DecaySeconds
        : SustainLevel;
}
