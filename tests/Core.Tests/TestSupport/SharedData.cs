namespace Leitmotif.Core.Tests.TestSupport;

/// <summary>
/// The third-party data in <c>../shared/data</c> beside the project root (the folder holding Orchestration.sln), found by
/// walking up from the test binaries. Absent in a fresh clone of the project alone: tests that need it skip.
/// </summary>
public static class SharedData
{
    /// <summary>The shared data folder, or null when it is not there.</summary>
    public static string? Folder { get; } = Find();

    /// <summary>The folder of the published ctc_chroma checkpoints, or null when absent.</summary>
    public static string? ModelsFolder =>
        Folder is { } folder && Directory.Exists(Path.Combine(folder, "ctc_chroma", "models")) ? Path.Combine(folder, "ctc_chroma", "models") : null;

    /// <summary>The reason to give when skipping a test for lack of the models folder.</summary>
    public const string ModelsMissing = "shared data ../shared/data/ctc_chroma/models (beside the project root) is absent";

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Orchestration.sln"))) continue;
            string data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            return Directory.Exists(data) ? data : null;
        }
        return null;
    }
}
