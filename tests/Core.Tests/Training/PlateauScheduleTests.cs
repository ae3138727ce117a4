using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public class PlateauScheduleTests
{
    [Fact]
    public void LearningRateHalvesAfterPatienceEpochsWithoutImprovementAndTrainingStopsLater()
    {
        // P = 2, Q = 4. Losses: 1.0 (best), 0.9 (best), 0.95, 0.92 (halve), 0.91, 0.93 (halve, 4th without improvement → stop).
        var schedule = PlateauSchedule.Start(1e-3);
        double[] losses = [1.0, 0.9, 0.95, 0.92, 0.91, 0.93];
        double[] rates = [1e-3, 1e-3, 1e-3, 5e-4, 5e-4, 2.5e-4];
        bool[] improved = [true, true, false, false, false, false];
        for (int e = 0; e < losses.Length; e++)
        {
            Assert.False(schedule.ShouldStop(4));
            schedule = schedule.Observe(losses[e], plateauPatience: 2);
            Assert.Equal(rates[e], schedule.LearningRate, 12);
            Assert.Equal(improved[e], schedule.Improved);
        }
        Assert.Equal(0.9, schedule.BestLoss);
        Assert.True(schedule.ShouldStop(4));
    }

    [Fact]
    public void ImprovementResetsBothCounts()
    {
        var schedule = PlateauSchedule.Start(1e-3).Observe(1.0, 3).Observe(1.1, 3).Observe(1.2, 3).Observe(0.5, 3);
        Assert.Equal(new PlateauSchedule(1e-3, 0.5, 0, 0, true), schedule);
    }
}
