using Leitmotif.Core.Model.Checkpoints;

namespace Leitmotif.Core.Model.Published;

/// <summary>One of the 25 published chroma models: a TensorFlow checkpoint of two files.</summary>
/// <param name="Id">Model ID, e.g. <c>v2_ctc_train345valid1</c>.</param>
/// <param name="DataSha256">SHA-256 of <c>model_&lt;ID&gt;.data-00000-of-00001</c>.</param>
/// <param name="IndexSha256">SHA-256 of <c>model_&lt;ID&gt;.index</c>.</param>
public sealed record PublishedModel(string Id, string DataSha256, string IndexSha256)
{
    /// <summary>Its files, the data file first: the index is what makes a model listed (<see cref="ModelCatalog"/>), so a model
    /// whose files are installed in this order is never listed without its data.</summary>
    public IReadOnlyList<PinnedFile> Files =>
    [
        new(PublishedModels.ModelsPath + $"{PublishedModelImporter.FilePrefix}{Id}.data-00000-of-00001", DataSha256),
        new(PublishedModels.ModelsPath + $"{PublishedModelImporter.FilePrefix}{Id}.index", IndexSha256),
    ];
}
