/** Locales casekit ships. */
export type Locale = 'en' | 'es';

type Params = Record<string, string | number | undefined>;
type Message = (p: Params) => string;

const en = {
  pay_period_reversed: (p) => `The pay period ends (${p.end}) before it starts (${p.start}).`,
  net_above_gross: (p) => `Net pay (${p.net}) is more than gross pay (${p.gross}); one of them was probably misread.`,
  ytd_below_current: (p) => `Year-to-date gross (${p.ytd}) is less than this period's gross (${p.gross}).`,
  lease_dates_reversed: (p) => `The lease ends (${p.end}) before it starts (${p.start}).`,
  order_expired: (p) => `This order expired on ${p.date}.`,
  implausible_amount: (p) => `${p.amount} looks implausible for ${p.what}; confirm this value.`,
  low_confidence: (p) => `Read with low confidence (${p.confidence}%); confirm this value.`,
  stale_pay_stub: (p) => `This pay stub is ${p.days} days old (paid ${p.date}); most programs need one from the last 60 days.`,
  missing_field: (p) => `Could not find the ${p.label} on this document; enter it by hand.`,
  invalid_value: (p) => `The value read for ${p.label} is not valid: ${p.detail}.`,
  unknown_document: () => `This does not look like a pay stub, lease or protective order, so no fields were filled.`,
  no_text_found: () => `No text could be read from this file. If it is a photo, retake it flat, well lit and in focus.`,
  pages_truncated: (p) => `Only the first ${p.read} of ${p.total} pages were read.`,
  read_failed: (p) => `${p.detail}`,
  derived_income: () => `Monthly gross income worked out from the pay stub's gross pay and pay frequency.`,
  // Files that cannot be read at all (see errors.ts).
  file_not_found: (p) => `${p.file}: no such file. Check the path and try again.`,
  file_unreadable: (p) => `${p.file}: the file cannot be read. Check that it exists and that you may open it.`,
  empty_file: (p) => `${p.file}: the file is empty (0 bytes). Upload the document again.`,
  unsupported_type: (p) => `${p.file}: this is not a PDF or an image. casekit reads PDF, PNG, JPEG, TIFF and WebP files.`,
  heic_unsupported: (p) => `${p.file}: HEIC/HEIF photos are not supported. Convert the photo to JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible) and upload it again.`,
  corrupt_pdf: (p) => `${p.file}: the PDF is damaged or incomplete and cannot be read. Ask for a new copy or scan the paper document.`,
  encrypted_pdf: (p) => `${p.file}: the PDF is protected by a password. Ask the client to open it and save or print it without a password, then upload that copy.`,
  corrupt_image: (p) => `${p.file}: the image is damaged and cannot be decoded. Take or upload the photo again.`,
  too_large: (p) => `${p.file}: the file is too large. Upload a smaller scan (300 dpi is enough) or split the PDF.`,
  too_many_pages: (p) => `${p.file}: the document has too many pages. Split the PDF and upload only the pages needed.`,
  ocr_failed: (p) => `${p.file}: the text could not be read. Try a clearer scan or photo.`,
  aborted: (p) => `${p.file}: cancelled.`,
} satisfies Record<string, Message>;

export type MessageCode = keyof typeof en;

const es: Record<MessageCode, Message> = {
  pay_period_reversed: (p) => `El período de pago termina (${p.end}) antes de empezar (${p.start}).`,
  net_above_gross: (p) => `El pago neto (${p.net}) es mayor que el pago bruto (${p.gross}); probablemente uno se leyó mal.`,
  ytd_below_current: (p) => `El bruto acumulado del año (${p.ytd}) es menor que el bruto de este período (${p.gross}).`,
  lease_dates_reversed: (p) => `El contrato termina (${p.end}) antes de empezar (${p.start}).`,
  order_expired: (p) => `Esta orden venció el ${p.date}.`,
  implausible_amount: (p) => `${p.amount} parece poco probable para ${p.what}; confirme este valor.`,
  low_confidence: (p) => `Leído con poca confianza (${p.confidence} %); confirme este valor.`,
  stale_pay_stub: (p) => `Este talón de pago tiene ${p.days} días (pagado el ${p.date}); la mayoría de los programas piden uno de los últimos 60 días.`,
  missing_field: (p) => `No se encontró ${p.label} en este documento; escríbalo a mano.`,
  invalid_value: (p) => `El valor leído para ${p.label} no es válido: ${p.detail}.`,
  unknown_document: () => `Esto no parece un talón de pago, un contrato de arrendamiento ni una orden de protección, así que no se llenó ningún campo.`,
  no_text_found: () => `No se pudo leer texto en este archivo. Si es una foto, tómela de nuevo plana, bien iluminada y enfocada.`,
  pages_truncated: (p) => `Solo se leyeron las primeras ${p.read} de ${p.total} páginas.`,
  read_failed: (p) => `${p.detail}`,
  derived_income: () => `Ingreso bruto mensual calculado a partir del pago bruto y la frecuencia de pago del talón.`,
  file_not_found: (p) => `${p.file}: el archivo no existe. Revise la ruta e inténtelo de nuevo.`,
  file_unreadable: (p) => `${p.file}: no se puede leer el archivo. Revise que exista y que tenga permiso para abrirlo.`,
  empty_file: (p) => `${p.file}: el archivo está vacío (0 bytes). Suba el documento de nuevo.`,
  unsupported_type: (p) => `${p.file}: no es un PDF ni una imagen. casekit lee archivos PDF, PNG, JPEG, TIFF y WebP.`,
  heic_unsupported: (p) => `${p.file}: las fotos HEIC/HEIF no se admiten. Convierta la foto a JPEG (en un iPhone: Ajustes > Cámara > Formatos > Más compatible) y súbala de nuevo.`,
  corrupt_pdf: (p) => `${p.file}: el PDF está dañado o incompleto y no se puede leer. Pida una copia nueva o escanee el documento en papel.`,
  encrypted_pdf: (p) => `${p.file}: el PDF está protegido con contraseña. Pida al cliente que lo abra y lo guarde o imprima sin contraseña, y suba esa copia.`,
  corrupt_image: (p) => `${p.file}: la imagen está dañada y no se puede abrir. Tome o suba la foto de nuevo.`,
  too_large: (p) => `${p.file}: el archivo es demasiado grande. Suba un escaneo más pequeño (300 ppp es suficiente) o divida el PDF.`,
  too_many_pages: (p) => `${p.file}: el documento tiene demasiadas páginas. Divida el PDF y suba solo las páginas necesarias.`,
  ocr_failed: (p) => `${p.file}: no se pudo leer el texto. Pruebe con un escaneo o una foto más clara.`,
  aborted: (p) => `${p.file}: cancelado.`,
};

const tables: Record<Locale, Record<MessageCode, Message>> = {en, es};

/** Field labels for messages, per locale. */
export const fieldLabels: Record<Locale, Record<string, string>> = {
  en: {
    employerName: 'employer name', employeeName: 'employee name', payPeriodStart: 'pay period start',
    payPeriodEnd: 'pay period end', payDate: 'pay date', payFrequency: 'pay frequency', grossPay: 'gross pay',
    netPay: 'net pay', ytdGross: 'year-to-date gross', hoursWorked: 'hours worked', hourlyRate: 'hourly rate',
    landlordName: 'landlord name', tenantNames: 'tenant names', propertyAddress: 'property address',
    monthlyRent: 'monthly rent', securityDeposit: 'security deposit', leaseStart: 'lease start date',
    leaseEnd: 'lease end date', orderType: 'order type', courtName: 'court name', caseNumber: 'case number',
    protectedPersonName: 'protected person', restrainedPersonName: 'restrained person', issueDate: 'date issued',
    expirationDate: 'expiration date', hearingDate: 'hearing date',
  },
  es: {
    employerName: 'el nombre del empleador', employeeName: 'el nombre del empleado', payPeriodStart: 'el inicio del período de pago',
    payPeriodEnd: 'el fin del período de pago', payDate: 'la fecha de pago', payFrequency: 'la frecuencia de pago', grossPay: 'el pago bruto',
    netPay: 'el pago neto', ytdGross: 'el bruto acumulado del año', hoursWorked: 'las horas trabajadas', hourlyRate: 'la tarifa por hora',
    landlordName: 'el nombre del arrendador', tenantNames: 'los nombres de los inquilinos', propertyAddress: 'la dirección de la propiedad',
    monthlyRent: 'la renta mensual', securityDeposit: 'el depósito de seguridad', leaseStart: 'la fecha de inicio del contrato',
    leaseEnd: 'la fecha de fin del contrato', orderType: 'el tipo de orden', courtName: 'el nombre del tribunal', caseNumber: 'el número de caso',
    protectedPersonName: 'la persona protegida', restrainedPersonName: 'la persona restringida', issueDate: 'la fecha de emisión',
    expirationDate: 'la fecha de vencimiento', hearingDate: 'la fecha de la audiencia',
  },
};

/** The message for a diagnostic code in a locale. */
export function message(code: MessageCode, params: Params = {}, locale: Locale = 'en'): string {
  return tables[locale][code](params);
}

export function fieldLabel(field: string, locale: Locale = 'en'): string {
  return fieldLabels[locale][field] ?? field;
}
