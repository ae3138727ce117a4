using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains.Tests;

/// <summary>Jobs persist a cursor and counts, not their work lists: the bytes of their state do not grow with the work done.</summary>
public class CheckpointSizeTests
{
    private static long StateBytes(string data, string stateName) =>
        Directory.EnumerateFiles(Path.Combine(data, "grains"), $"*.{stateName}.state", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    [Fact]
    public async Task AnIndexingJobsCheckpointIsTheSameSizeForFiveTimesTheFiles()
    {
        var bytes = new List<long>();
        foreach (int count in new[] { 8, 40 })
        {
            using var folder = new TemporaryFolder();
            ToneRecordings.Write(folder.Sub("audio"), count, seconds: 1);
            var data = folder.Sub("data");
            await using var cluster = await LeitmotifCluster.StartAsync(data);

            var progress = await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("audio")]);

            Assert.Equal(count, progress.Counts.Added);
            bytes.Add(StateBytes(data, "indexjob"));
        }

        Assert.InRange(bytes[1] - bytes[0], -8, 8); // counts gain a digit; the job keeps a cursor, not a list of paths
    }

    [Fact]
    public async Task AQueryBatchsCheckpointDoesNotGrowWithTheCollection()
    {
        var themes = new List<ThemeDefinition> { new("rising", Enumerable.Range(0, 4).Select(i => new ThemeNote(i * 0.25, 0.25, 60 + i)).ToList()) };
        var options = new QueryOptions("cens", Top: 5, Transpose: false, TempoFactors: [1.0]);
        var bytes = new List<long>();
        foreach (int count in new[] { 8, 40 })
        {
            using var folder = new TemporaryFolder();
            var data = folder.Sub("data");
            await using var cluster = await LeitmotifCluster.StartAsync(data);
            await ClusterWork.IndexAsync(cluster.Client, ToneRecordings.Write(folder.Sub("audio"), count, seconds: 1));

            var (status, rankings) = await ClusterWork.QueryAsync(cluster.Client, themes, options);

            Assert.Null(status.Error);
            Assert.Equal(5, rankings[0].Ranking.Count);
            bytes.Add(StateBytes(data, "query"));
        }

        // Five times the recordings; the same top five per theme, a cursor and the summed cost spreads. Only the printed length
        // of their numbers differs.
        Assert.InRange(bytes[1], bytes[0] * 0.9, bytes[0] * 1.1);
    }
}
