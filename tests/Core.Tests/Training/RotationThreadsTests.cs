using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public sealed class RotationThreadsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(3)]
    public async Task RunningRotationsNeverAskForMoreThreadsThanTheCores(int cores)
    {
        var threads = new RotationThreads(cores);
        var places = new List<IDisposable>();
        for (int rotations = 1; rotations <= cores; rotations++)
        {
            places.Add(await threads.EnterAsync());
            Assert.Equal(rotations, threads.Running);
            Assert.InRange(threads.ThreadsPerRotation * threads.Running, 1, cores);
            Assert.Equal(cores / rotations, threads.ThreadsPerRotation);
        }

        var waiting = threads.EnterAsync();
        Assert.False(waiting.IsCompleted); // one more rotation than cores waits for a place
        places[0].Dispose();
        places.Add(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(cores, threads.Running);
        foreach (var place in places.Skip(1)) place.Dispose();
        Assert.Equal(0, threads.Running);
        Assert.Equal(cores, threads.ThreadsPerRotation);
    }

    [Fact]
    public async Task APlaceGivenBackTwiceCountsOnce()
    {
        var threads = new RotationThreads(2);
        var first = await threads.EnterAsync();
        using var second = await threads.EnterAsync();
        first.Dispose();
        first.Dispose();
        Assert.Equal(1, threads.Running);
        Assert.Equal(2, threads.ThreadsPerRotation);
    }
}
