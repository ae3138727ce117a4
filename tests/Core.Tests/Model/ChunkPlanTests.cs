using Leitmotif.Core.Model;

namespace Leitmotif.Core.Tests.Model;

public class ChunkPlanTests
{
    [Theory]
    [InlineData(300, 20, 5)]
    [InlineData(300, 7, 5)]
    [InlineData(300, 289, 5)]
    [InlineData(301, 300, 5)]
    [InlineData(31, 20, 5)]
    [InlineData(15000, 2000, 5)]
    public void OutputsPartitionTheInputAndKeepTheirContext(int frames, int chunkFrames, int context)
    {
        var plan = ChunkPlan.Create(frames, chunkFrames, context);

        int next = 0;
        foreach (var chunk in plan.Chunks)
        {
            Assert.Equal(next, chunk.OutputStart);
            Assert.True(chunk.OutputEnd > chunk.OutputStart);
            next = chunk.OutputEnd;
            int windowEnd = chunk.WindowStart + plan.WindowFrames;
            Assert.InRange(chunk.WindowStart, 0, frames - plan.WindowFrames);
            Assert.True(chunk.WindowStart == 0 || chunk.OutputStart - chunk.WindowStart >= context);
            Assert.True(windowEnd == frames || windowEnd - chunk.OutputEnd >= context);
        }

        Assert.Equal(frames, next);
        Assert.True(plan.WindowFrames <= chunkFrames + 2 * context);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(12, 1, 12)]
    [InlineData(30, 1, 30)]
    [InlineData(31, 2, 30)]
    public void ShortInputsAreOneWindow(int frames, int expectedChunks, int expectedWindow)
    {
        var plan = ChunkPlan.Create(frames, 20, 5);

        Assert.Equal(expectedChunks, plan.Chunks.Count);
        Assert.Equal(expectedWindow, plan.WindowFrames);
    }
}
