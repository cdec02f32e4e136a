// Urdu (اردو): the element's own words a family meets on a form. Written by an engineer and
// not yet reviewed by an Urdu speaker (see the README); what it lacks (the delivery and draft
// notices, the matrix) is English until someone translates it.
import type { MessageText } from '@caf-forms/core/runtime';
import type { ElementMessageKey } from './en.js';

export const elementUr: Partial<Record<ElementMessageKey, MessageText>> = {
  'form.submit': 'جمع کرائیں',
  'form.sending': 'بھیجا جا رہا ہے…',
  'form.continue': 'جاری رکھیں',
  'form.back': 'واپس',
  'form.change': 'تبدیل کریں',
  'form.checkAnswers': 'اپنے جوابات چیک کریں',
  'form.checkAnswersSubmit': 'اب اپنے جوابات بھیجیں',
  'form.progress': 'حصہ {current} از {total}',
  'form.errorSummary': 'ایک مسئلہ ہے',
  'form.problemCount': { one: '{n} مسئلہ ہے', other: '{n} مسائل ہیں' },
  'form.errorPrefix': 'خرابی:',
  'form.optional': '(اختیاری)',
  'form.or': 'یا',
  'form.day': 'دن',
  'form.month': 'مہینہ',
  'form.year': 'سال',
  'form.addRow': 'ایک اور {item} شامل کریں',
  'form.removeRow': 'ہٹائیں',
  'form.removeRowLabel': '{item} {n} ہٹائیں',
  'form.rowHeading': '{item} {n}',
  'form.noRows': 'ابھی تک کوئی {item} شامل نہیں کیا گیا۔',
  'form.charactersLeft': { one: 'آپ کے پاس {n} حرف باقی ہے', other: 'آپ کے پاس {n} حروف باقی ہیں' },
  'form.charactersOver': { one: 'آپ نے {n} حرف زیادہ لکھا ہے', other: 'آپ نے {n} حروف زیادہ لکھے ہیں' },
  'form.charactersMax': 'آپ زیادہ سے زیادہ {n} حروف درج کر سکتے ہیں',
  'form.signatureName': 'پورا نام',
  'form.signatureDate': 'تاریخ',
  'form.loading': 'فارم لوڈ ہو رہا ہے…',
  'form.warning': 'انتباہ',
  'form.documentVersion': 'فارم کا ورژن',
  'form.documentId': 'جمع کرانے کا حوالہ',
  'form.documentDate': 'جمع کرانے کی تاریخ',
  'form.writtenIn': 'یہ فارم {language} میں پُر کیا گیا تھا۔ الفاظ میں لکھے گئے جوابات ویسے ہی دکھائے گئے ہیں جیسے وہ لکھے گئے تھے۔',
  'form.languageSwitch': 'زبان منتخب کریں',
};
