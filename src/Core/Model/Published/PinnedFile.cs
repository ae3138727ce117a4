using System.Security.Cryptography;

namespace Leitmotif.Core.Model.Published;

/// <summary>One file of the paper's repository, pinned by its SHA-256.</summary>
/// <param name="RepositoryPath">Its path in the repository, e.g. <c>ctc_chroma/models/model_v2_ctc_train345valid1.index</c>.</param>
/// <param name="Sha256">SHA-256 of its content, 64 lower-case hex digits.</param>
public sealed record PinnedFile(string RepositoryPath, string Sha256)
{
    /// <summary>Its file name, the name it is installed under.</summary>
    public string FileName => Path.GetFileName(RepositoryPath);

    /// <summary>Whether <paramref name="path"/> exists and holds exactly this file.</summary>
    public bool IsAt(string path)
    {
        if (!File.Exists(path)) return false;
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream)) == Sha256;
    }
}
