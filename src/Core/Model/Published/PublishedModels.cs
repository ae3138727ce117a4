namespace Leitmotif.Core.Model.Published;

/// <summary>
/// The 25 chroma models published with the paper, in its accompanying repository at a pinned commit, with the SHA-256 of
/// every file and of the repository's licence (MIT), which covers them.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller, ISMIR 2020 / TASLP 2021; repository github.com/fzalkow/ctc_chroma. The models are ordinary Git
/// files there (no Git LFS), so GitHub serves them at raw.githubusercontent.com/&lt;owner&gt;/&lt;repository&gt;/&lt;commit&gt;/&lt;path&gt;.
/// </remarks>
public static class PublishedModels
{
    /// <summary>The repository on GitHub, <c>owner/name</c>.</summary>
    public const string Repository = "fzalkow/ctc_chroma";

    /// <summary>The pinned commit: the repository's latest (2021-09-10); its model files date from cd14f3a (2020-12-26).</summary>
    public const string Commit = "fff53f9ac1d59964b64fc80aba28ee590554e75e";

    /// <summary>The folder of the models in the repository, with a trailing slash.</summary>
    public const string ModelsPath = "ctc_chroma/models/";

    /// <summary>The repository's files at <see cref="Commit"/>: each file is at this address followed by its repository path.</summary>
    public static Uri RepositoryRoot { get; } = new($"https://raw.githubusercontent.com/{Repository}/{Commit}/");

    /// <summary>The repository's licence, installed beside the models.</summary>
    public static PinnedFile Licence { get; } = new("LICENSE", "de349ab087c4af5c096f314e647137a9bd3ce5d8376f23535473abd1dec8297f");

    /// <summary>All 25 models, ordinal order of ID: ten v1 (ISMIR 2020, CTC) and fifteen v2 (TASLP 2021, CTC, linear and strong).</summary>
    public static IReadOnlyList<PublishedModel> All { get; } =
    [
        new("v1_ctc_train1234valid5", "80990a69e74c12a9162076d47de38e7513b6c643ddd0c6b51373c1b664c88fde", "54e36831b7cd1c57199ef827730dc053bda197e10ffbc83d49f73dc79a554a7a"),
        new("v1_ctc_train123valid4", "ba1439d07204c72e77dda9f88a1655da85097d291f4bc2b90658b3d844f7d0f1", "086c21faa7d75abc9193e83febb87564c009672316a26499a1032a8804c296a8"),
        new("v1_ctc_train2345valid1", "140b728071c94ebeff55e06ab0504c61191f2b2412ebaea684187296fcbceaf9", "6c94a38701708e2acc04ebac367a8b5ace70c452cb2db8f1918d1e31f8218881"),
        new("v1_ctc_train234valid5", "13825bb8da11ae08cbb765739a6e062d7d95e25fd63239000933b703a47522bc", "b6f18cbb79bf370bb4ca58574303bfac3625ce4185f989d6cb6e6ae73486fb77"),
        new("v1_ctc_train3451valid2", "3f90c089394db5b1929709dfc5ecb8af73cc1787521392a8ea897f3e00225e62", "d5f897aac40e096c1dbeeb45bf60361e46e235771a7d7652994437afc7acc7b3"),
        new("v1_ctc_train345valid1", "7500cde4eb56aba4dabf03ad6bc5e301194103b7074245374df44399969dd9ef", "ba0abaa2cb9f8b29a3fd090aaa87558087c85997ca25ba339de37caf417b5ba1"),
        new("v1_ctc_train4512valid3", "14f47a62bb330b327f3d3303ef86176a723576bc7766838a566791c1d85a018d", "99b7726b6a2bc4ae513f14407af91de9ab6da3249274a36570b2bd14e6110d56"),
        new("v1_ctc_train451valid2", "48f7f7ae7c91086b2dcee4abe84e457761d2e1d4526d1b79f85082a0463e8825", "dffb8db8ad47047f116c468fee318c53733cc228a068ff48947149a388dac634"),
        new("v1_ctc_train5123valid4", "7326728399b5adaa099640fe1266907a2ce2c2ce72ddafe0a0e27fd97a421d96", "3581eca5a5ac0d8ca43b27fee52cde3ddc6403c1654c3fab9b36dfacc4664287"),
        new("v1_ctc_train512valid3", "e2cfd4acce2c45dc474ca550120fdb59022bc393f0fa16504f1fe266ff67ca70", "2935fafd1c8d6763d9a81dc0c3332bc3b42f5e01880a28453e8b63e741db8ce0"),
        new("v2_ctc_train123valid4", "35bdcf4101ca5e2087fcdf9ad1f34c90462d40d0fc8faee2418cd2e2c808d0b8", "a75e8f682ccadb3cecd1765b6ecf37ad600b495bc6efe428826b8968ab650bd6"),
        new("v2_ctc_train234valid5", "6fd5f26293db79f9216cca3403c5c7c8067410d62cb447c12101a48e795b6cf0", "bfca31a4d93b0edd8e24bde5eac43f44f732bb9afe6f2512407218fad0e0b3c3"),
        new("v2_ctc_train345valid1", "249153a0f2c3d16f55947de9d8aaf15eb9425e14663333627043aec12b8b7edc", "45252519a9242a310fef29a5f90a0766f3a2421e11ff1ce38785b73d7d616e41"),
        new("v2_ctc_train451valid2", "427cfda6d3760880422ce6d4f799cb573ed622e2123dc55017ca3db86a59f6a8", "7064b5867eae3595bfeaafc976f5ef812c839aa5b3f3fd153c8754b2ce6181f7"),
        new("v2_ctc_train512valid3", "341e0856aadd9421f94ac0ae48d40d878e694a2e866c63488bc847f702b423f2", "632e47b82772266f15bd0c063cca4d7821c49099e69567ae60a47081b55940e3"),
        new("v2_linear_train123valid4", "eedc748cd933dd4fa2e9c90787c1a10b34ffffd0cf6369b750ee59e117068b9e", "4b4eb9f47dae7112c5647554c3ca774ace24c71bd8f22e96d3ed42a4c2eeec99"),
        new("v2_linear_train234valid5", "ab0550ffa75ff862c03b4b91b49e9c8f7291372d523307b757af71ff8540cd3b", "7e5ca301388e11e5b633b0b0bd08b7ed9ec02c642b48926f139408e5411eed6b"),
        new("v2_linear_train345valid1", "ad6fcd0cc4b23ac756b92e298c609ac2b998a233224d1c8d12a04a8d603dc69f", "275c09be69d15bfa1a0ff7e5bfbc8b9410c78b4e263f646726247aa44cf0fe97"),
        new("v2_linear_train451valid2", "1586ef37a008ef62791da134eed7b4dfdc72d7b5485092244724c046968591f0", "7fcc9ea5edb6c3f918f00099b49dc0af300e27b3445dd652b5940e52c9846aae"),
        new("v2_linear_train512valid3", "79313ede00f860927cf0a60b4df6f5be6189a02f8141daef5a55c705c5a8f8e3", "5a07c0b0e913cd3b639f6d89584686d91710cd73f91e185b6cef3f879396a0c8"),
        new("v2_strong_train123valid4", "e2ca6fa4a82abf58a85dd9a88e76781a983524f73c15ab9187863261d62a1a26", "4d6727a4ea76141930cf8309432bae3e5064cf9823f7a860111ae418fdce8dc0"),
        new("v2_strong_train234valid5", "a7cb475b414f378659f1f8c377230a85870883065d28908816101d822ea075b5", "891c3b0bf97f4b83f5976b95fdc9a9d7566e3a2e5a396121f014ade62ffd7a04"),
        new("v2_strong_train345valid1", "fd228ddabcbeee4b73789101e6cba1f8d9d4f84321b071c9a7fdbf9a2b839f0e", "b28a5b4b02ec86d5147eda5c1780871e73644541b9528dee7ae9129320321b3d"),
        new("v2_strong_train451valid2", "25deb1272ce5fc47aa777a7d69c7c0c02f1e72e03a3a3866d1a52077a4c522a1", "d87142e12300893688b214fcac09e65228da6270ceefcd6d778d973fa16d9762"),
        new("v2_strong_train512valid3", "31d8c4dcc57731f623d89f94bfcb10becc7f0d1042c62aa00fd379d72f586a76", "eeef192c8a86569509d96fd491e254f95037c52ddc7c2ea375d3bfa15aad0bc7"),
    ];

    /// <summary>The published model <paramref name="id"/>, or null.</summary>
    public static PublishedModel? Find(string id) => All.FirstOrDefault(m => m.Id == id);

    /// <summary>The models named in <paramref name="ids"/> (every model when null), in <see cref="All"/> order.</summary>
    /// <param name="ids">Comma-separated model IDs, as <c>--only</c> takes them.</param>
    /// <exception cref="InputException">An ID that is not a published model; the message lists them.</exception>
    public static IReadOnlyList<PublishedModel> Select(string? ids)
    {
        if (ids is null) return All;
        var wanted = ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (wanted.Length == 0) throw new InputException($"--only {ids}", "names no model");
        if (wanted.FirstOrDefault(id => Find(id) is null) is { } unknown)
            throw new InputException($"--only {unknown}", $"not a published model; they are {string.Join(", ", All.Select(m => m.Id))}");
        return [.. All.Where(m => wanted.Contains(m.Id))];
    }
}
