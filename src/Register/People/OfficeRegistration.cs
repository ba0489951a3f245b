using Supervision.Acts;

namespace Supervision.Register;

/// <summary>An office to register (<c>office add</c>).</summary>
/// <param name="Code">Its registration index ("2-11"): ASCII letters and digits in groups joined by hyphens.</param>
/// <param name="Level">District, regional or general.</param>
/// <param name="NameKk">Its name in Kazakh, as acts print it ("Астана қаласы Сарыарқа ауданының прокуратурасы").</param>
/// <param name="NameRu">Its name in Russian ("Прокуратура района Сарыарка города Астаны").</param>
/// <param name="SuperiorCode">The index of the office above it: a regional office above a district one, the general office above a regional one; none for the general office.</param>
public sealed record OfficeRegistration(string Code, OfficeLevel Level, string NameKk, string NameRu, string? SuperiorCode);
