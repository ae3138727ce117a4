using System.Text.RegularExpressions;
using Leitmotif.Core.Model.Checkpoints;
using Leitmotif.Core.Model.Published;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Model;

/// <summary>Describes the models of a models folder: what <see cref="ModelCatalog"/> offers, with origin, loss, rotation and size.</summary>
public static partial class InstalledModels
{
    /// <summary>Every model in <paramref name="folder"/>, in <see cref="ModelCatalog.ListModelIds"/> order; none where the folder is missing.</summary>
    /// <remarks>Published checkpoints are hashed to tell them from other checkpoints (about 0.9 MB each).</remarks>
    public static IReadOnlyList<InstalledModel> List(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var catalog = new ModelCatalog(folder);
        return [.. catalog.ListModelIds().Select(id => Describe(catalog, id))];
    }

    private static InstalledModel Describe(ModelCatalog catalog, string id)
    {
        var (loss, rotation) = LossAndRotation(id);
        var own = new FileInfo(catalog.OwnModelPath(id));
        if (own.Exists) return new InstalledModel(id, loss, rotation, ModelOrigin.Own, own.Length);
        long bytes = Directory.EnumerateFiles(catalog.Folder, $"{PublishedModelImporter.FilePrefix}{id}.*").Sum(path => new FileInfo(path).Length);
        bool published = PublishedModels.Find(id) is { } model && model.Files.All(f => f.IsAt(Path.Combine(catalog.Folder, f.FileName)));
        return new InstalledModel(id, loss, rotation, published ? ModelOrigin.Published : ModelOrigin.Checkpoint, bytes);
    }

    /// <summary>Loss and rotation from an ID of the form <c>&lt;name&gt;_&lt;loss&gt;_&lt;rotation&gt;</c>, as the published models
    /// (<c>v2_ctc_train345valid1</c>) and <see cref="FoldRotation.ModelId"/> name them; nulls for other IDs.</summary>
    private static (string? Loss, string? Rotation) LossAndRotation(string id)
    {
        var parts = id.Split('_');
        return parts.Length == 3 && TargetKindNames.All.Contains(parts[1]) && RotationName().IsMatch(parts[2]) ? (parts[1], parts[2]) : (null, null);
    }

    [GeneratedRegex(@"^train[0-9]+valid[0-9]+$")]
    private static partial Regex RotationName();
}
