using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Tests.Demo;

public class EnvelopeTests
{
    private static readonly Envelope Adsr = new(AttackSeconds: 0.1, DecaySeconds: 0.2, SustainLevel: 0.5, ReleaseSeconds: 0.4);

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.05, 0.5)]
    [InlineData(0.1, 1.0)]
    [InlineData(0.2, 0.75)]
    [InlineData(0.3, 0.5)]
    [InlineData(0.9, 0.5)]
    [InlineData(1.2, 0.25)]
    [InlineData(1.4, 0.0)]
    [InlineData(2.0, 0.0)]
    public void LevelFollowsAttackDecaySustainRelease(double t, double expected)
    {
        Assert.Equal(expected, Adsr.Level(t, durationSeconds: 1.0), 1e-12);
    }

    [Fact]
    public void ReleaseOfAShortNoteStartsFromTheLevelItReached()
    {
        // The note ends halfway up the attack (level 0.5); the release halves it in 0.2 s.
        Assert.Equal(0.25, Adsr.Level(0.25, durationSeconds: 0.05), 1e-12);
    }

    [Theory]
    [InlineData(0.0, 0.1, 0.5, 0.1)]
    [InlineData(0.1, -0.1, 0.5, 0.1)]
    [InlineData(0.1, 0.1, 1.5, 0.1)]
    [InlineData(0.1, 0.1, 0.5, 0.0)]
    public void BadParametersAreRejected(double attack, double decay, double sustain, double release)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Envelope(attack, decay, sustain, release));
    }
}
