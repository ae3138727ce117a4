using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Shards;

namespace Leitmotif.Grains.Tests;

/// <summary>Indexing again, moving the collection's root, and removing and pruning recordings keep the index in step with the files.</summary>
public class IndexUpkeepTests
{
    private static readonly ThemeDefinition Rising = new("rising", Enumerable.Range(0, 4).Select(i => new ThemeNote(i * 0.25, 0.25, 60 + i)).ToList());

    private static ICatalogGrain Catalog(LeitmotifCluster cluster) => cluster.Client.GetGrain<ICatalogGrain>(CatalogNames.Default);

    /// <summary>Entries in every stored segment of every kind: features still held for recordings.</summary>
    private static int StoredFeatureEntries(string data) =>
        Directory.EnumerateFiles(Path.Combine(data, "shards"), "*.lms", SearchOption.AllDirectories)
            .Sum(f => ShardSegmentFormat.Read(File.ReadAllBytes(f), f).Entries.Count);

    [Fact]
    public async Task AFileRewrittenInPlaceIsUpdatedByTheNextIndexAndTheOthersAreUnchanged()
    {
        using var folder = new TemporaryFolder();
        var files = ToneRecordings.Write(folder.Sub("coll"), count: 3, seconds: 2);
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));
        await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("coll")]);
        var before = await ClusterWork.ListAsync(cluster.Client);

        File.Copy(files[1], files[0], overwrite: true); // the same size, other content
        File.SetLastWriteTimeUtc(files[0], DateTime.UtcNow.AddMinutes(1));
        var again = await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("coll")]);
        var after = await ClusterWork.ListAsync(cluster.Client);

        Assert.Equal(new IndexCounts(0, 1, 2, 0, 0, 1), again.Counts);
        Assert.Equal(files, after.Select(r => r.Location));
        Assert.NotEqual(before[0].Id, after[0].Id);
        Assert.Equal(before.Skip(1).Select(r => r.Id), after.Skip(1).Select(r => r.Id));
    }

    [Fact]
    public async Task ACollectionWhoseRootMovedIsFoundUnchangedAtItsNewLocationWithoutComputingAnything()
    {
        using var folder = new TemporaryFolder();
        ToneRecordings.Write(folder.Sub("old-mount/coll"), count: 3, seconds: 2);
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));
        await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("old-mount/coll")]);
        var before = await ClusterWork.ListAsync(cluster.Client);

        Directory.Move(folder.Sub("old-mount"), Path.Combine(folder.Path, "new-mount"));
        var moved = await ClusterWork.IndexAsync(cluster.Client, [Path.Combine(folder.Path, "new-mount", "coll")]);
        var after = await ClusterWork.ListAsync(cluster.Client);

        Assert.Equal(new IndexCounts(0, 0, 3, 0, 0, 0), moved.Counts);
        Assert.Equal(before.Select(r => (r.Id, r.Name)), after.Select(r => (r.Id, r.Name)));
        Assert.All(after, r => Assert.StartsWith(Path.Combine(folder.Path, "new-mount", "coll"), r.Location));
    }

    [Fact]
    public async Task TwoRecordingsOfOneFileNameAreRankedByTheirPathsBelowTheRootWithTheirLocations()
    {
        using var folder = new TemporaryFolder();
        var coll = folder.Sub("coll");
        var tones = ToneRecordings.Write(coll, count: 2, seconds: 2);
        var other = Path.Combine(folder.Sub("coll/other"), "tones00.wav");
        File.Move(tones[1], other);
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));

        var progress = await ClusterWork.IndexAsync(cluster.Client, [coll]);
        var (_, rankings) = await ClusterWork.QueryAsync(cluster.Client, [Rising], new QueryOptions("cens", Top: 5, Transpose: false, TempoFactors: [1.0]));

        Assert.Equal(2, progress.Counts.Added);
        Assert.Equal([("other/tones00.wav", other), ("tones00.wav", tones[0])],
            rankings[0].Ranking.Select(m => (m.Recording, m.Location)).Order());
    }

    [Fact]
    public async Task RemoveDropsTheRecordingsBelowAFolderWithTheirFeaturesOfEveryKind()
    {
        using var folder = new TemporaryFolder();
        var gone = ToneRecordings.Write(folder.Sub("coll/gone"), count: 2, seconds: 2);
        var kept = ToneRecordings.Write(folder.Sub("coll/kept"), count: 1, seconds: 2);
        var data = folder.Sub("data");
        await using var cluster = await LeitmotifCluster.StartAsync(data);
        await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("coll")], "cens");
        await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("coll")], "cqt");

        var removal = await Catalog(cluster).RemoveAsync([folder.Sub("coll/gone"), Path.Combine(folder.Path, "nowhere")]);
        var (status, rankings) = await ClusterWork.QueryAsync(cluster.Client, [Rising], new QueryOptions("cqt", Top: 5, Transpose: false, TempoFactors: [1.0]));

        Assert.Equal([2, 0], removal.Removed);
        Assert.Equal(1, removal.Remaining);
        Assert.Equal(kept, (await ClusterWork.ListAsync(cluster.Client)).Select(r => r.Location));
        Assert.Equal(2, StoredFeatureEntries(data)); // the kept recording's cens and cqt features
        Assert.Null(status.Error);
        Assert.Equal(["kept/tones00.wav"], rankings[0].Ranking.Select(m => m.Recording));
        Assert.Equal(1, (await Catalog(cluster).GetStatusAsync()).Recordings);
    }

    [Fact]
    public async Task PruneDropsOnlyTheRecordingsWhoseFileIsGone()
    {
        using var folder = new TemporaryFolder();
        var files = ToneRecordings.Write(folder.Sub("coll"), count: 3, seconds: 2);
        var data = folder.Sub("data");
        await using var cluster = await LeitmotifCluster.StartAsync(data);
        await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("coll")]);

        File.Delete(files[1]);
        var pruned = await Catalog(cluster).PruneAsync(null);

        Assert.Equal([1], pruned.Removed);
        Assert.Equal(2, pruned.Remaining);
        Assert.Empty(pruned.Failures);
        Assert.Equal([files[0], files[2]], (await ClusterWork.ListAsync(cluster.Client)).Select(r => r.Location));
        Assert.Equal(2, StoredFeatureEntries(data));
    }

    [Fact]
    public async Task IndexingAFolderAgainDropsTheRecordingsGoneFromBelowItOnly()
    {
        using var folder = new TemporaryFolder();
        var files = ToneRecordings.Write(folder.Sub("coll"), count: 3, seconds: 2);
        var elsewhere = ToneRecordings.Write(folder.Sub("elsewhere"), count: 4, seconds: 2)[3]; // not a copy of one in coll
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));
        await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("coll"), elsewhere]);

        File.Delete(files[2]);
        File.Delete(elsewhere);
        var again = await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("coll")]);

        Assert.Equal(new IndexCounts(0, 0, 2, 1, 0, 0), again.Counts);
        Assert.Equal([files[0], files[1], elsewhere], (await ClusterWork.ListAsync(cluster.Client)).Select(r => r.Location));
    }
}
